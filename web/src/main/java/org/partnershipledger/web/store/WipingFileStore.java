package org.partnershipledger.web.store;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.SingleFileStore;

/**
 * The embedded store's file, which overwrites the space it no longer uses. H2's MVStore never edits a
 * page in place: a deleted document, a destroyed key or an old read-model row stays in the file, in a
 * chunk that is only marked free, until new data happens to be written over it. An erasure must not
 * leave the erased person's plaintext there, so every chunk is overwritten with zeros as it is freed,
 * and free space left by older versions can be wiped on request. Free space is what MVStore itself may
 * overwrite at any time, so zeroing it costs no safety.
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
     * Whether a chunk written up to the version still holds pages no longer in use, which may be deleted
     * data. Read from the store's layout, where each chunk's counts of pages and live pages are kept.
     */
    boolean holdsDeadPagesUpTo(long version) {
        for (Map.Entry<String, String> entry : getLayoutMap().entrySet()) {
            if (entry.getKey().startsWith("chunk.")) {
                Map<String, String> chunk = DataUtils.parseMap(entry.getValue());
                long pages = DataUtils.readHexLong(chunk, "pages", 0);
                long live = DataUtils.readHexLong(chunk, "livePages", pages);
                if (DataUtils.readHexLong(chunk, "version", 0) <= version && live < pages) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Called with the space of chunks no longer in use (under the store's chunk lock). */
    @Override
    protected void free(long pos, int length) {
        super.free(pos, length);
        zero(pos, length);
    }

    private void zero(long pos, long length) {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(length, (long) BLOCK * RUN));
        for (long done = 0; done < length; done += zeros.capacity()) {
            writeFully(null, pos + done, zeros.clear().limit((int) Math.min(zeros.capacity(), length - done)));
        }
    }

    /** Overwrites every free block of the file with zeros and forces it to disk; returns how many bytes. */
    long wipeFreeSpace() {
        saveChunkLock.lock();
        try {
            long wiped = 0;
            long end = Math.max(getAfterLastBlock_(), size() / BLOCK);
            for (long block = 2; block < end; ) { // blocks 0 and 1 hold the file headers
                if (!freeSpace.isFree(block * BLOCK, BLOCK)) {
                    block++;
                    continue;
                }
                long run = 1;
                while (run < RUN && block + run < end && freeSpace.isFree((block + run) * BLOCK, BLOCK)) {
                    run++;
                }
                zero(block * BLOCK, run * BLOCK);
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
