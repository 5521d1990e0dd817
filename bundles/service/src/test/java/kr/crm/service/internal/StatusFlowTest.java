package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.crm.api.common.ValidationException;
import kr.crm.api.service.RequestStatus;
import org.junit.jupiter.api.Test;

class StatusFlowTest {
    private final StatusFlow flow = new StatusFlow(new String[] {"RECEIVED=ASSIGNED", "ASSIGNED=IN_PROGRESS,RESOLVED",
        "in_progress = resolved", "RESOLVED=CLOSED,IN_PROGRESS"});

    @Test
    void allowsOnlyTheConfiguredMoves() {
        assertThatCode(() -> flow.check(RequestStatus.RECEIVED, RequestStatus.ASSIGNED)).doesNotThrowAnyException();
        assertThatCode(() -> flow.check(RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> flow.check(RequestStatus.RECEIVED, RequestStatus.RESOLVED))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("status");
        assertThatThrownBy(() -> flow.check(RequestStatus.CLOSED, RequestStatus.IN_PROGRESS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("allowed: none");
    }

    @Test
    void leavingResolvedOrClosedForAnOpenStatusIsAReopen() {
        org.assertj.core.api.Assertions.assertThat(StatusFlow.isReopen(RequestStatus.RESOLVED, RequestStatus.IN_PROGRESS)).isTrue();
        org.assertj.core.api.Assertions.assertThat(StatusFlow.isReopen(RequestStatus.RESOLVED, RequestStatus.CLOSED)).isFalse();
        org.assertj.core.api.Assertions.assertThat(StatusFlow.isReopen(RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS)).isFalse();
    }

    @Test
    void aRuleWithoutEqualsSignIsAConfigurationError() {
        assertThatThrownBy(() -> new StatusFlow(new String[] {"RECEIVED ASSIGNED"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
