/** Quality warnings, the retake verdict and the focus measure. */
package io.aifashion.vision.quality;
