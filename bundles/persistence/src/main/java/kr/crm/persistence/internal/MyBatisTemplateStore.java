package kr.crm.persistence.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.campaign.MessageTemplate;
import kr.crm.api.campaign.TemplateKind;
import kr.crm.api.consent.Channel;
import kr.crm.api.store.TemplateStore;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Template versions over TemplateMapper.xml. */
@Component(service = TemplateStore.class)
public final class MyBatisTemplateStore implements TemplateStore {
    private static final int TRIES = 3;
    private final SqlSessions sessions;

    @Activate
    public MyBatisTemplateStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public MessageTemplate insertNextVersion(MessageTemplate template) {
        for (int attempt = 1;; attempt++) {
            try {
                return sessions.inTransaction(s -> {
                    TemplateMapper m = s.getMapper(TemplateMapper.class);
                    m.insertNext(template);
                    return template(m.find(template.name(), 0));
                });
            } catch (PersistenceException e) {
                if (attempt >= TRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<MessageTemplate> versions(String name) {
        return sessions.read(s -> s.getMapper(TemplateMapper.class).versions(name)).stream()
                .map(MyBatisTemplateStore::template).toList();
    }

    @Override
    public List<MessageTemplate> latest() {
        return sessions.read(s -> s.getMapper(TemplateMapper.class).latest()).stream()
                .map(MyBatisTemplateStore::template).toList();
    }

    @Override
    public Optional<MessageTemplate> find(String name, int version) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(TemplateMapper.class).find(name, version)))
                .map(MyBatisTemplateStore::template);
    }

    private static MessageTemplate template(Map<String, Object> r) {
        return new MessageTemplate(GradeRows.number(r.get("id")), (String) r.get("name"),
                (int) GradeRows.number(r.get("version")), Channel.valueOf((String) r.get("channel")),
                TemplateKind.valueOf((String) r.get("kind")), (String) r.get("senderName"),
                (String) r.get("senderContact"), (String) r.get("optOut"), (String) r.get("subject"),
                (String) r.get("body"), GradeRows.instant(r.get("createdAt")), (String) r.get("createdBy"));
    }
}
