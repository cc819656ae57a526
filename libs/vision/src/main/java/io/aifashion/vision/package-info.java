/**
 * Photo to skin-tone measurement: {@link io.aifashion.vision.SkinToneAnalyzer} is the entry point, see docs/vision.md.
 */
package io.aifashion.vision;
