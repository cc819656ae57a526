package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.data.InteractionLog;

/** A planted-block data set with its hidden truth. */
public record PlantedBlockData(InteractionLog log, int[] userBlock, int[] itemBlock) {

    public PlantedBlockData {
        userBlock = userBlock.clone();
        itemBlock = itemBlock.clone();
    }

    @Override
    public int[] userBlock() {
        return userBlock.clone();
    }

    @Override
    public int[] itemBlock() {
        return itemBlock.clone();
    }
}
