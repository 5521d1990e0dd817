package kr.crm.grading.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.crm.api.contactlog.ContactLogEvents;
import kr.crm.api.service.ServiceEvents;
import kr.crm.api.grade.GradeService;
import kr.crm.api.grade.RegradeResult;
import kr.crm.api.order.OrderEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-grades the accounts whose orders were just stored ({@link OrderEvents#TOPIC_LINKED}) or whose
 * complaints changed ({@link ContactLogEvents#TOPIC_COMPLAINT}, {@link ServiceEvents#TOPIC_COMPLAINT}: an open
 * one keeps an account from S; both events carry {@code accountKey}). The
 * work runs on a thread of its own, off EventAdmin's delivery thread, which times slow handlers out.
 * Keys are collected for a short delay and graded together, and keys that arrive while a re-grade
 * runs wait for the next one, so a bulk import makes one run per delay, not one per batch.
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + OrderEvents.TOPIC_LINKED,
    EventConstants.EVENT_TOPIC + "=" + ContactLogEvents.TOPIC_COMPLAINT,
    EventConstants.EVENT_TOPIC + "=" + ServiceEvents.TOPIC_COMPLAINT},
        configurationPid = "kr.crm.grading", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class OrderLinkedHandler implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OrderLinkedHandler.class);

    private final GradeService grades;
    private final boolean enabled;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final long delayMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "crm-regrade-orders"));

    @Activate
    public OrderLinkedHandler(@Reference GradeService grades, GradingConfig config) {
        this.grades = grades;
        this.enabled = config.onOrders();
        this.delayMillis = config.onOrdersDelayMillis();
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        Object keys = event.getProperty(OrderEvents.CUSTOMER_KEYS);
        Object account = event.getProperty(ContactLogEvents.ACCOUNT_KEY);
        if (!enabled) {
            return;
        }
        if (keys instanceof String[] array && array.length > 0) {
            pending.addAll(Arrays.asList(array));
        } else if (account instanceof String key && !key.isBlank()) {
            pending.add(key);
        } else {
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<String> accounts = new ArrayList<>(pending);
        pending.removeAll(accounts);
        if (accounts.isEmpty()) {
            return;
        }
        try {
            RegradeResult result = grades.regrade(accounts);
            if (!result.ran()) {
                // a full run elsewhere holds the lease (there were no cut points to score against): try again
                pending.addAll(accounts);
                if (scheduled.compareAndSet(false, true)) {
                    worker.schedule(this::drain, Math.max(delayMillis, 1000), TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Re-grade of {} accounts after orders failed: {}", accounts.size(), e.getClass().getName());
        }
    }
}
