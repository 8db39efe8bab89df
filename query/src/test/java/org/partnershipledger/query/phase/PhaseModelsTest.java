package org.partnershipledger.query.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseModelsTest {

    @Test
    void firoIsTheDefaultModel() {
        assertThat(PhaseModels.firo().name()).isEqualTo("firo");
    }

    @Test
    void everyModelIsFoundByItsName() {
        assertThat(PhaseModels.names()).containsExactly("firo", "tuckman");
        assertThat(PhaseModels.names()).allSatisfy(name -> assertThat(PhaseModels.byName(name))
                .get()
                .extracting(PhaseModel::name)
                .isEqualTo(name));
    }

    @Test
    void aModelIsFoundWhateverTheCaseOfItsName() {
        assertThat(PhaseModels.byName(" Tuckman ")).get().isInstanceOf(TuckmanModel.class);
    }

    @Test
    void anUnknownNameFindsNoModel() {
        assertThat(PhaseModels.byName("gestalt")).isEmpty();
        assertThat(PhaseModels.byName(null)).isEmpty();
    }

    @Test
    void eachModelListsItsPhasesInOrderForALegend() {
        assertThat(PhaseModels.firo().phases()).containsExactly("BELONGING", "CONTROL", "CLOSENESS");
        assertThat(new TuckmanModel().phases())
                .containsExactly("FORMING", "STORMING", "NORMING", "PERFORMING", "ADJOURNING");
    }
}
