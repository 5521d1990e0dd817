package kr.crm.demo.internal;

import kr.crm.api.security.AccountVisibility;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.crm.api.analytics.AnalyticsService;
import kr.crm.api.contactlog.ContactLogService;
import kr.crm.api.customer.ContactPersonDraft;
import kr.crm.api.customer.ContactPersonService;
import kr.crm.api.customer.Customer;
import kr.crm.api.customer.CustomerService;
import kr.crm.api.grade.GradeService;
import kr.crm.api.order.OrderService;
import kr.crm.api.service.PortalService;
import kr.crm.api.service.ServiceRequestService;
import kr.crm.api.security.CrmRoles;
import kr.crm.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo users and customers once the services are up. Every create carries an
 * idempotency key derived from the demo record's id, so a restart loads nothing twice.
 */
@Component(service = {}, configurationPid = "kr.crm.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfig.class)
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-demo-crowd"));

    @Activate
    public DemoLoader(@Reference CustomerService customers, @Reference ContactPersonService contacts,
            @Reference UserDirectory users, @Reference OrderService orders, @Reference GradeService grades,
            @Reference ContactLogService log, @Reference AnalyticsService analytics,
            @Reference ServiceRequestService requests,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) PortalService portal,
            @Reference AccountVisibility visibility, DemoConfig config)
            throws IOException {
        char[] password = config.password().toCharArray();
        users.saveUser("admin", "관리자", Set.of(CrmRoles.ADMIN), password);
        users.saveUser("rep.kim", "김영업", Set.of(CrmRoles.REP), password);
        users.saveUser("viewer", "조회자", Set.of(CrmRoles.VIEWER), password);
        users.saveUser("lead.park", "박팀장", Set.of(CrmRoles.MANAGER), password);
        users.saveUser("rep.lee", "이영업", Set.of(CrmRoles.REP), password);
        for (String member : List.of("rep.kim", "lead.park", "viewer")) {
            visibility.setTeam(member, "영업1팀");
        }
        visibility.setTeam("rep.lee", "영업2팀");
        List<DemoData.DemoCustomer> demo = DemoData.load().customers();
        Map<String, Customer> byId = new HashMap<>();
        Map<String, String> firstContacts = new HashMap<>();
        for (DemoData.DemoCustomer d : demo) {
            Customer customer = customers.create(d.customer(), "demo:" + d.id());
            byId.put(d.id(), customer);
            int n = 0;
            for (ContactPersonDraft contact : d.contacts() == null ? List.<ContactPersonDraft>of() : d.contacts()) {
                String key = contacts.create(customer.key(), contact, "demo:" + d.id() + ":" + n++).key();
                firstContacts.putIfAbsent(d.id(), key);
            }
        }
        new DemoActivity(orders, grades, log).load(byId, firstContacts);
        new DemoService(requests, portal).load(byId);
        // the crowd takes some seconds: off the start-level thread, so the bundles after this one start
        background.execute(() -> {
            try {
                grades.regrade(new DemoCrowd(customers, orders).load());
                analytics.recomputeAll();
                LOG.info("Demo crowd ready: {} more customers with two years of orders, measured",
                        DemoCrowd.COMPANIES + DemoCrowd.PERSONS);
            } catch (RuntimeException e) {
                LOG.warn("Demo crowd not loaded: {}", e.getClass().getName());
            }
        });
        LOG.info("Demo data ready: {} customers with orders, grades and contact logs; users admin, rep.kim, viewer",
                demo.size());
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }
}
