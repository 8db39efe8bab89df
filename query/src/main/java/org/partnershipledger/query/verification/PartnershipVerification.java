package org.partnershipledger.query.verification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.core.partnership.CheckpointWitnessed;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.history.PartnershipState;

/**
 * Whether a partnership's history is the history: its hash chain recomputed from the stored documents,
 * and the latest checkpoint every partner witnessed, compared with the chain. A history rewritten with
 * freshly computed hashes still verifies as a chain, but no longer has the head its partners witnessed.
 */
public class PartnershipVerification {

    private final ChainVerification chains;
    private final PartnershipHistory histories;

    public PartnershipVerification(ChainVerification chains, PartnershipHistory histories) {
        this.chains = chains;
        this.histories = histories;
    }

    /** One partner's signing off of a head. */
    public record Witness(String partner, String witness, LocalDate occurredOn) {}

    /**
     * A head every partner (on the day the last of them signed off) witnessed, and whether the chain still
     * has that hash after that many events.
     */
    public record WitnessedCheckpoint(String headHash, long eventCount, List<Witness> witnesses, boolean inChain) {}

    public record Verdict(
            String partnershipId, ChainVerification.Report chain, Optional<WitnessedCheckpoint> checkpoint) {

        public boolean intact() {
            return chain.intact()
                    && checkpoint.map(WitnessedCheckpoint::inChain).orElse(true);
        }
    }

    /** Verifies a partnership, its checkpoints read from its whole history. */
    public Verdict verify(String partnershipId) {
        return verify(partnershipId, histories.of(partnershipId));
    }

    /**
     * Verifies a partnership, its checkpoints read from the history as a reader sees it (witnesses
     * pseudonymised for a researcher); the chain is always the whole stored stream.
     */
    public Verdict verify(String partnershipId, List<HistoryEvent> history) {
        ChainVerification.Report chain = chains.verify(partnershipId);
        Optional<WitnessedCheckpoint> checkpoint = latestWitnessedByAll(history).map(found -> inChain(chain, found));
        return new Verdict(partnershipId, chain, checkpoint);
    }

    /** Every chain in the store (partnerships, programmes, events of no aggregate), in identifier order. */
    public List<Verdict> verifyAll() {
        return chains.verifyAll().stream()
                .map(chain -> new Verdict(
                        chain.aggregateIdentifier(),
                        chain,
                        latestWitnessedByAll(histories.of(chain.aggregateIdentifier()))
                                .map(found -> inChain(chain, found))))
                .toList();
    }

    /** Before a checkpoint is recorded: its head must be the chain's, intact that far. */
    public void requireInChain(String partnershipId, String headHash, long eventCount) {
        if (!isInChain(partnershipId, headHash, eventCount)) {
            throw new CheckpointNotInChainException(partnershipId, headHash, eventCount);
        }
    }

    private boolean isInChain(String partnershipId, String headHash, long eventCount) {
        return isInChain(chains.verify(partnershipId), headHash, eventCount);
    }

    /** Whether a head hash is that of a verified chain after that many events, the chain intact that far. */
    public boolean isInChain(ChainVerification.Report chain, String headHash, long eventCount) {
        String partnershipId = chain.aggregateIdentifier();
        long intactEvents =
                chain.firstBreak().map(ChainVerification.Break::sequenceNumber).orElse(chain.eventCount());
        return eventCount >= 1
                && eventCount <= intactEvents
                && chains.hashAt(partnershipId, eventCount - 1)
                        .filter(headHash::equals)
                        .isPresent();
    }

    private WitnessedCheckpoint inChain(ChainVerification.Report chain, WitnessedCheckpoint found) {
        return new WitnessedCheckpoint(
                found.headHash(),
                found.eventCount(),
                found.witnesses(),
                isInChain(chain, found.headHash(), found.eventCount()));
    }

    /**
     * The witnessed head with the most events among those every partner signed off: each partner of the
     * partnership on the day its last witness signed. A fold over the history, as every other view.
     */
    static Optional<WitnessedCheckpoint> latestWitnessedByAll(List<HistoryEvent> history) {
        Map<String, Map<String, Witness>> byHead = new LinkedHashMap<>();
        Map<String, Long> countOfHead = new LinkedHashMap<>();
        for (HistoryEvent recorded : history) {
            if (recorded.event() instanceof CheckpointWitnessed witnessed) {
                byHead.computeIfAbsent(witnessed.headHash(), head -> new LinkedHashMap<>())
                        .put(
                                witnessed.partner().value(),
                                new Witness(
                                        witnessed.partner().value(),
                                        witnessed.witness().value(),
                                        witnessed.occurredOn()));
                countOfHead.putIfAbsent(witnessed.headHash(), witnessed.eventCount());
            }
        }
        return byHead.entrySet().stream()
                .filter(head -> witnessedByEveryPartner(history, head.getValue()))
                .map(head -> new WitnessedCheckpoint(
                        head.getKey(),
                        countOfHead.get(head.getKey()),
                        List.copyOf(head.getValue().values()),
                        false))
                .max(Comparator.comparingLong(WitnessedCheckpoint::eventCount));
    }

    private static boolean witnessedByEveryPartner(List<HistoryEvent> history, Map<String, Witness> witnesses) {
        LocalDate last = witnesses.values().stream()
                .map(Witness::occurredOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Set<String> partners = PartnershipState.of(history, last).partners().stream()
                .map(PartnershipState.PartnerOnRecord::id)
                .collect(Collectors.toSet());
        return !partners.isEmpty() && witnesses.keySet().containsAll(partners);
    }
}
