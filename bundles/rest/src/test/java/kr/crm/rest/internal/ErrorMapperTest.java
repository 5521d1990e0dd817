package kr.crm.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import javax.ws.rs.core.Response;
import kr.crm.api.common.StaleVersionException;
import kr.crm.api.common.ValidationException;
import kr.crm.api.customer.CustomerDraft;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    private static final Readiness.State STARTING =
            new Readiness.State(List.of("bundle kr.crm.tasks is not started"), List.of());
    private final Readiness readiness = mock(Readiness.class);
    private final ErrorMapper mapper = new ErrorMapper(readiness);

    @Test
    void aPathNoResourceServesIs503WithRetryAfterWhileTheCrmIsStartingAnd404Afterwards() {
        when(readiness.state()).thenReturn(STARTING);
        Response starting = mapper.toResponse(new javax.ws.rs.NotFoundException());
        assertThat(starting.getStatus()).isEqualTo(503);
        assertThat(starting.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((ErrorBody) starting.getEntity()).error()).contains("starting");

        when(readiness.state()).thenReturn(new Readiness.State(List.of(), List.of()));
        Response ready = mapper.toResponse(new javax.ws.rs.NotFoundException());
        assertThat(ready.getStatus()).isEqualTo(404);
        assertThat(((ErrorBody) ready.getEntity()).error()).isEqualTo("Not Found");
    }

    @Test
    void aCustomerThatIsNotThereIs404EvenWhileTheCrmIsStarting() {
        when(readiness.state()).thenReturn(STARTING);
        Response r = mapper.toResponse(new kr.crm.api.common.NotFoundException("customer C1"));
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(((ErrorBody) r.getEntity()).error()).isEqualTo("customer C1 not found");
    }

    @Test
    void validationErrorsAre400NamingTheField() {
        Response r = mapper.toResponse(new ValidationException("phone", "is not a Korean phone number"));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getEntity()).isEqualTo(new ErrorBody("is not a Korean phone number", "phone", null));
    }

    @Test
    void staleVersionsAre409WithTheCurrentVersion() {
        Response r = mapper.toResponse(new StaleVersionException("customer C1", 7));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(((ErrorBody) r.getEntity()).currentVersion()).isEqualTo(7L);
    }

    @Test
    void unknownJsonFieldsAre400NamingTheField() throws Exception {
        try {
            Json.newMapper().readValue("{\"kind\":\"PERSON\",\"nmae\":\"김민준\"}", CustomerDraft.class);
        } catch (UnrecognizedPropertyException e) {
            Response r = mapper.toResponse(e);
            assertThat(r.getStatus()).isEqualTo(400);
            assertThat(((ErrorBody) r.getEntity()).field()).isEqualTo("nmae");
            return;
        }
        throw new AssertionError("unknown field was accepted");
    }

    @Test
    void aBadEnumNamesTheFieldAndTheChoices() throws Exception {
        try {
            Json.newMapper().readValue("{\"kind\":\"ROBOT\"}", CustomerDraft.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            ErrorBody body = (ErrorBody) mapper.toResponse(e).getEntity();
            assertThat(body.field()).isEqualTo("kind");
            assertThat(body.error()).contains("PERSON", "COMPANY");
            return;
        }
        throw new AssertionError("bad enum was accepted");
    }

    @Test
    void unexpectedFailuresAre500WithoutTheirMessage() {
        Response r = mapper.toResponse(new IllegalStateException("Duplicate entry '010-1234-5678'"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(((ErrorBody) r.getEntity()).error()).startsWith("internal error, incident ")
                .doesNotContain("010-1234-5678").doesNotContain("Duplicate");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNamingTheField() throws Exception {
        try {
            Json.newMapper().readValue("{\"kind\":\"PERSON\",\"name\":5}", CustomerDraft.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            ErrorBody body = (ErrorBody) mapper.toResponse(e).getEntity();
            assertThat(body.field()).isEqualTo("name");
            assertThat(body.error()).isEqualTo("must be a string");
            return;
        }
        throw new AssertionError("a number was accepted as a name");
    }
}
