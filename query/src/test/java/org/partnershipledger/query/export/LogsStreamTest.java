package org.partnershipledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.partnershipledger.query.phase.PhaseModels;

/**
 * The logs of every partnership are written one partnership at a time: each is written before the next is
 * read, and none is kept once the next is read, so the memory a log needs does not grow with the ledger.
 */
class LogsStreamTest {

    private static final int PARTNERSHIPS = 6;

    @Test
    void theXesLogWritesEachPartnershipBeforeReadingTheNextAndKeepsNone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OnePartnershipAtATime partnerships = new OnePartnershipAtATime(out);

        XesLog.write(partnerships, PhaseModels.firo(), out);

        assertThat(partnerships.handedOut).isEqualTo(PARTNERSHIPS);
        assertThat(FormatStandards.xesViolations(out.toByteArray())).isEmpty();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).split("<trace>", -1))
                .hasSize(PARTNERSHIPS + 1);
    }

    @Test
    void theOcelLogWritesEachPartnershipBeforeReadingTheNextInBothPassesAndKeepsNone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OnePartnershipAtATime partnerships = new OnePartnershipAtATime(out);

        OcelLog.write(partnerships, PhaseModels.firo(), out);

        assertThat(partnerships.handedOut).isEqualTo(2 * PARTNERSHIPS);
        OcelLogTest.assertValid(new ObjectMapper().readTree(out.toByteArray()));
    }

    /**
     * Partnerships made as they are asked for, each with a history of its own. Asked for the next, it checks
     * that what was written since the last was handed out names it, and that every partnership before the
     * last can be collected: whoever reads it holds at most the one in hand.
     */
    private static final class OnePartnershipAtATime implements Iterable<ExportedPartnership> {

        private final ByteArrayOutputStream out;
        private int handedOut;

        OnePartnershipAtATime(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public Iterator<ExportedPartnership> iterator() {
            return new Iterator<>() {

                private final List<WeakReference<ExportedPartnership>> earlier = new ArrayList<>();
                private String last;
                private int writtenBeforeLast;
                private int next;

                @Override
                public boolean hasNext() {
                    return next < PARTNERSHIPS;
                }

                @Override
                public ExportedPartnership next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    if (last != null) {
                        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8).substring(writtenBeforeLast))
                                .as("written before the partnership after " + last + " is read")
                                .contains(last);
                        assertThat(stillHeld())
                                .as("partnerships held before the last")
                                .isZero();
                    }
                    String id = "partnership-%03d".formatted(next++);
                    ExportedPartnership exported = ExportHistory.exported(ExportHistory.events());
                    exported = new ExportedPartnership(id, exported.history(), exported.reader(), exported.head());
                    earlier.add(new WeakReference<>(exported));
                    last = id;
                    writtenBeforeLast = out.size();
                    handedOut++;
                    return exported;
                }

                /** Partnerships handed out before the last whose histories are still reachable. */
                private long stillHeld() {
                    List<WeakReference<ExportedPartnership>> beforeLast = earlier.subList(0, earlier.size() - 1);
                    for (int attempt = 0; attempt < 10 && held(beforeLast) > 0; attempt++) {
                        System.gc();
                    }
                    return held(beforeLast);
                }

                private static long held(List<WeakReference<ExportedPartnership>> references) {
                    return references.stream()
                            .filter(reference -> reference.get() != null)
                            .count();
                }
            };
        }
    }
}
