package kr.crm.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.crm.api.order.IngestOutcome;
import kr.crm.api.order.IngestResult;
import org.apache.ibatis.annotations.Param;

/** SQL in IngestStatMapper.xml. */
public interface IngestStatMapper {

    int count(@Param("source") String source, @Param("day") LocalDate day, @Param("outcome") IngestOutcome outcome,
            @Param("n") long n);

    int reject(@Param("r") IngestResult result, @Param("at") Instant at);

    List<Map<String, Object>> outcomes(@Param("source") String source, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<IngestResult> rejections(@Param("source") String source, @Param("from") Instant from, @Param("to") Instant to,
            @Param("limit") int limit);
}
