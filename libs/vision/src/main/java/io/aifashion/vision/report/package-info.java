/** The PNG report image. */
package io.aifashion.vision.report;
