package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.data.InteractionLog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Generates {@link PlantedBlockConfig} data deterministically from its seed. */
public final class PlantedBlockGenerator {

    public PlantedBlockData generate(PlantedBlockConfig config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        int blocks = config.blocks();
        int[] itemBlock = new int[config.items()];
        double[] popularity = new double[config.items()];
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < config.items(); i++) {
            itemBlock[i] = i % blocks;
            int rankInBlock = members.get(itemBlock[i]).size();
            members.get(itemBlock[i]).add(i);
            popularity[i] = Math.pow(rankInBlock + 1, -config.popularityExponent());
        }
        WeightedSampler[] inBlock = new WeightedSampler[blocks];
        for (int b = 0; b < blocks; b++) {
            int[] ids = members.get(b).stream().mapToInt(Integer::intValue).toArray();
            double[] w = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                w[k] = popularity[ids[k]];
            }
            inBlock[b] = new WeightedSampler(ids, w);
        }
        int[] all = new int[config.items()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        WeightedSampler global = new WeightedSampler(all, popularity);
        int[] userBlock = new int[config.users()];
        InteractionLog.Builder log = InteractionLog.builder();
        for (int i = 0; i < config.items(); i++) {
            log.addItem("i" + i);
        }
        long start = 1_700_000_000L;
        int span = 180 * 86_400;
        for (int u = 0; u < config.users(); u++) {
            userBlock[u] = random.nextInt(blocks);
            String user = "u" + u;
            log.addUser(user);
            int mean = config.interactionsPerUser();
            int count = Math.max(1, mean / 2 + random.nextInt(mean + 1));
            count = Math.min(count, inBlock[userBlock[u]].size());
            Set<Integer> chosen = new HashSet<>();
            int attempts = 0;
            while (chosen.size() < count && attempts++ < count * 50) {
                int item = random.nextDouble() < config.inBlockShare()
                        ? inBlock[userBlock[u]].draw(random) : global.draw(random);
                if (chosen.add(item)) {
                    log.add(user, "i" + item, 1, start + random.nextInt(span));
                }
            }
        }
        return new PlantedBlockData(log.build(), userBlock, itemBlock);
    }
}
