/** Linear-light pixel buffers and the colorimetry (from the colour-science library) applied to them in bulk. */
package io.aifashion.vision.raster;
