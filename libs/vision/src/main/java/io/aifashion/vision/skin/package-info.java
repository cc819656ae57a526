/** Face crops, the face frame and its regional priors, and per-face skin segmentation. */
package io.aifashion.vision.skin;
