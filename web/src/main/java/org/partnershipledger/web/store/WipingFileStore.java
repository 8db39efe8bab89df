package org.partnershipledger.web.store;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.SingleFileStore;

/**
 * The embedded store's file, which can overwrite the space it no longer uses. H2's MVStore never edits a
 * page in place: a deleted document, a destroyed key or an old read-model row stays in the file, in a
 * chunk that is only marked free, until new data happens to be written over it. An erasure must not
 * leave the erased person's plaintext there, so it asks for the free space to be overwritten with zeros.
 */
final class WipingFileStore extends SingleFileStore {

    // MVStore's block, the unit of its free-space map (FileStore.BLOCK_SIZE, not public).
    private static final int BLOCK = 4096;
    private static final int RUN = 256; // blocks zeroed by one write

    private WipingFileStore(Map<String, Object> config) {
        super(config);
    }

    /** The store's file, opened for reading and writing; the store that adopts it closes it. */
    static WipingFileStore open(String fileName) {
        Map<String, Object> config = new HashMap<>();
        config.put("autoCommitDelay", 0);
        WipingFileStore store = new WipingFileStore(config);
        store.open(fileName, false, null);
        return store;
    }

    /**
     * Overwrites every free block of the file with zeros and forces it to disk; returns how many bytes.
     * The caller makes sure nothing is written meanwhile. Free space is what MVStore itself may overwrite
     * at any time, so zeroing it costs no safety.
     */
    long wipeFreeSpace() {
        saveChunkLock.lock();
        try {
            long wiped = 0;
            long end = Math.max(getAfterLastBlock_(), size() / BLOCK);
            ByteBuffer zeros = ByteBuffer.allocate(BLOCK * RUN);
            for (long block = 2; block < end; ) { // blocks 0 and 1 hold the file headers
                if (!freeSpace.isFree(block * BLOCK, BLOCK)) {
                    block++;
                    continue;
                }
                long run = 1;
                while (run < RUN && block + run < end && freeSpace.isFree((block + run) * BLOCK, BLOCK)) {
                    run++;
                }
                writeFully(null, block * BLOCK, zeros.clear().limit((int) (run * BLOCK)));
                wiped += run * BLOCK;
                block += run;
            }
            sync();
            return wiped;
        } finally {
            saveChunkLock.unlock();
        }
    }
}
