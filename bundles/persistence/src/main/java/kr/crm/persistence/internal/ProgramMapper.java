package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.crm.api.campaign.Program;
import kr.crm.api.store.ProgramStore.Moment;
import org.apache.ibatis.annotations.Param;

/** SQL in ProgramMapper.xml. */
public interface ProgramMapper {

    int insert(@Param("p") Program program, @Param("campaignId") long campaignId,
            @Param("row") ConsentMapper.GeneratedId row);

    int linkCampaign(@Param("programId") long programId, @Param("campaignId") long campaignId);

    Map<String, Object> find(@Param("id") long id);

    List<Map<String, Object>> list();

    int update(@Param("p") Program program, @Param("version") long version, @Param("at") Instant at);

    int updateCampaign(@Param("p") Program program, @Param("at") Instant at);

    int checkedThrough(@Param("id") long id, @Param("through") Instant through);

    List<Map<String, Object>> enteredGrade(@Param("grade") String grade, @Param("after") Instant after,
            @Param("upTo") Instant upTo);

    Map<String, Object> customer(@Param("key") String key);

    List<Map<String, Object>> birthdays(@Param("month") int month, @Param("day") int day,
            @Param("alsoFeb29") boolean alsoFeb29);

    List<Map<String, Object>> foundingDays(@Param("month") int month, @Param("day") int day,
            @Param("alsoFeb29") boolean alsoFeb29);

    int addMoment(@Param("m") Moment moment);
}
