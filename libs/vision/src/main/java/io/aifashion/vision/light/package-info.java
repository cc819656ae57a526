/** Illuminant estimation (shades of grey, grey edge), correlated colour temperature, the cast policy and the Bradford correction to D65. */
package io.aifashion.vision.light;
