/** Skin, hair and eye colour from the masks: robust statistics, dominant colours, contrast. */
package io.aifashion.vision.analysis;
