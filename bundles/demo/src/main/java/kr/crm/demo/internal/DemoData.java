package kr.crm.demo.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.CustomerDraft;

/** The demo data set, read from {@code demo-customers.json} in this bundle. */
record DemoData(List<DemoCustomer> customers) {

    /** One demo customer with its contact persons; {@code id} makes loading idempotent. */
    record DemoCustomer(String id, CustomerDraft customer, List<ContactPersonDraft> contacts) {
    }

    static DemoData load() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        try (InputStream in = DemoData.class.getResourceAsStream("demo-customers.json")) {
            return new DemoData(mapper.readValue(in, new TypeReference<List<DemoCustomer>>() { }));
        }
    }
}
