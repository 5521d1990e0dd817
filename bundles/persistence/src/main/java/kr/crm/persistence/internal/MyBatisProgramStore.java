package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.crm.api.campaign.Campaign;
import kr.crm.api.campaign.Program;
import kr.crm.api.campaign.ProgramKind;
import kr.crm.api.consent.Channel;
import kr.crm.api.store.ProgramStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Triggered programs, their standing campaigns and the moments they answer, over ProgramMapper.xml. */
@Component(service = ProgramStore.class)
public final class MyBatisProgramStore implements ProgramStore {
    private final SqlSessions sessions;

    @Activate
    public MyBatisProgramStore(@Reference SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Program insert(Program program, Campaign standing) {
        return sessions.inTransaction(s -> {
            CampaignMapper campaigns = s.getMapper(CampaignMapper.class);
            ConsentMapper.GeneratedId campaign = new ConsentMapper.GeneratedId();
            campaigns.insert(standing, campaign);
            ProgramMapper m = s.getMapper(ProgramMapper.class);
            ConsentMapper.GeneratedId row = new ConsentMapper.GeneratedId();
            m.insert(program, campaign.id, row);
            m.linkCampaign(row.id, campaign.id);
            return program(m.find(row.id));
        });
    }

    @Override
    public Optional<Program> find(long id) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ProgramMapper.class).find(id)))
                .map(MyBatisProgramStore::program);
    }

    @Override
    public List<Program> list() {
        return sessions.read(s -> s.getMapper(ProgramMapper.class).list()).stream().map(MyBatisProgramStore::program)
                .toList();
    }

    @Override
    public Optional<Program> update(Program program, long version, Instant at) {
        return sessions.inTransaction(s -> {
            ProgramMapper m = s.getMapper(ProgramMapper.class);
            if (m.update(program, version, at) != 1) {
                return Optional.empty();
            }
            m.updateCampaign(program, at);
            return Optional.of(program(m.find(program.id())));
        });
    }

    @Override
    public void checkedThrough(long programId, Instant through) {
        sessions.inTransaction(s -> s.getMapper(ProgramMapper.class).checkedThrough(programId, through));
    }

    @Override
    public List<Candidate> enteredGrade(String grade, Instant after, Instant upTo) {
        return candidates(sessions.read(s -> s.getMapper(ProgramMapper.class).enteredGrade(grade, after, upTo)));
    }

    @Override
    public Optional<Candidate> customer(String key) {
        return Optional.ofNullable(sessions.read(s -> s.getMapper(ProgramMapper.class).customer(key)))
                .map(MyBatisProgramStore::candidate);
    }

    @Override
    public List<Candidate> birthdays(int month, int day, boolean alsoFeb29) {
        return candidates(sessions.read(s -> s.getMapper(ProgramMapper.class).birthdays(month, day, alsoFeb29)));
    }

    @Override
    public List<Candidate> foundingDays(int month, int day, boolean alsoFeb29) {
        return candidates(sessions.read(s -> s.getMapper(ProgramMapper.class).foundingDays(month, day, alsoFeb29)));
    }

    @Override
    public boolean addMoment(Moment moment) {
        return sessions.insertOnce(s -> s.getMapper(ProgramMapper.class).addMoment(moment));
    }

    private static List<Candidate> candidates(List<Map<String, Object>> rows) {
        return rows.stream().map(MyBatisProgramStore::candidate).toList();
    }

    private static Candidate candidate(Map<String, Object> r) {
        return new Candidate((String) r.get("key"), (String) r.get("name"), (String) r.get("email"),
                (String) r.get("phone"), GradeRows.instant(r.get("changedAt")));
    }

    static Program program(Map<String, Object> r) {
        Object enabled = r.get("enabled");
        return new Program(GradeRows.number(r.get("id")), ProgramKind.valueOf((String) r.get("kind")),
                Channel.valueOf((String) r.get("channel")), (String) r.get("templateName"),
                (int) GradeRows.number(r.get("templateVersion")),
                enabled instanceof Boolean b ? b : GradeRows.number(enabled) != 0,
                GradeRows.number(r.get("campaignId")), GradeRows.instant(r.get("checkedThrough")),
                GradeRows.number(r.get("version")), (String) r.get("createdBy"), GradeRows.instant(r.get("createdAt")),
                (String) r.get("updatedBy"), GradeRows.instant(r.get("updatedAt")));
    }
}
