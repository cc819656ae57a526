/**
 * The {@code ai-fashion analyze} command: skin-tone analysis of photos and folders of photos with
 * the vision library, in parallel, as a table, JSON Lines or CSV, with optional report images.
 */
package io.aifashion.launcher.analyze;
