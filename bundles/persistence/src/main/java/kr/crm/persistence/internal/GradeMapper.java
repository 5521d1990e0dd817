package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.grade.GradeBand;
import kr.crm.api.grade.GradeChange;
import kr.crm.api.grade.GradeOverride;
import kr.crm.api.grade.GradingPolicy;
import kr.crm.api.grade.RfmCuts;
import kr.crm.api.store.GradeWrite;
import org.apache.ibatis.annotations.Param;

/** SQL in GradeMapper.xml. */
public interface GradeMapper {

    Map<String, Object> latestPolicy();

    List<Map<String, Object>> bands(@Param("version") long version);

    int insertPolicy(@Param("p") GradingPolicy policy);

    int insertBand(@Param("version") long version, @Param("b") GradeBand band);

    Map<String, Object> rfmCuts();

    int saveRfmCuts(@Param("c") RfmCuts cuts);

    List<Map<String, Object>> grades(@Param("keys") Collection<String> keys);

    List<String> accounts(@Param("keys") Collection<String> keys);

    int insertGrade(@Param("w") GradeWrite write);

    int updateGrade(@Param("w") GradeWrite write);

    List<Map<String, Object>> lockGrades(@Param("keys") Collection<String> keys);

    int insertFirstGrade(@Param("w") GradeWrite write);

    int replaceGrade(@Param("w") GradeWrite write);

    int insertChange(@Param("c") GradeChange change);

    List<Map<String, Object>> history(@Param("key") String accountKey);

    int upsertOverride(@Param("key") String accountKey, @Param("o") GradeOverride override);

    int deleteOverride(@Param("key") String accountKey);

    List<String> expiredOverrides(@Param("today") LocalDate today);

    int deleteExpiredOverrides(@Param("keys") List<String> keys, @Param("today") LocalDate today);
}
