package org.partnershipledger.core.partnership;

import org.partnershipledger.core.DomainEvent;
import org.partnershipledger.core.PartnershipId;

/** Everything that can happen to a partnership, so a switch over its history is checked. */
public sealed interface PartnershipEvent extends DomainEvent
        permits PartnershipFormed,
                RepresentativeAppointed,
                RepresentativeReplaced,
                RepresentativeRemoved,
                PartnerWithdrew,
                PartnershipDissolved,
                DissolutionCancelled,
                PhaseObserved,
                ConflictRaised,
                ConflictStepRecorded,
                ConflictEscalated,
                MediationSessionRecorded,
                ConflictResolved,
                ConflictAbandoned,
                DiaryEntryRecorded,
                DiaryEntryVisibilityChanged,
                MeetingRecorded,
                ProposalRecorded,
                StanceRecorded,
                StanceConfirmed,
                StanceContested,
                DecisionReached,
                DecisionReopened,
                ProposalRetracted,
                MinutesCorrected,
                PartnerAdmitted,
                AgreementProposed,
                AgreementSigned,
                AgreementTookEffect,
                PartnershipClosed,
                OpenedToResearch,
                CheckpointWitnessed {

    PartnershipId partnershipId();
}
