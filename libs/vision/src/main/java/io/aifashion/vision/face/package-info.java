/** Face and eye detection with the boosted cascades shipped in the OpenCV jar. */
package io.aifashion.vision.face;
