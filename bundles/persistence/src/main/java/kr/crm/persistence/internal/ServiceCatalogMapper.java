package kr.crm.persistence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.crm.api.service.Holiday;
import kr.crm.api.service.ServiceTeam;
import kr.crm.api.service.ServiceType;
import org.apache.ibatis.annotations.Param;

/** SQL in ServiceCatalogMapper.xml. */
public interface ServiceCatalogMapper {

    List<Map<String, Object>> types();

    Map<String, Object> type(@Param("code") String code);

    int saveType(@Param("t") ServiceType type);

    List<Map<String, Object>> holidays(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int saveHoliday(@Param("h") Holiday holiday);

    int removeHoliday(@Param("day") LocalDate day);

    List<Map<String, Object>> teams();

    Map<String, Object> team(@Param("name") String name);

    int saveTeam(@Param("t") ServiceTeam team);

    int hit(@Param("hash") String hash, @Param("window") java.time.Instant window);

    Integer hits(@Param("hash") String hash, @Param("window") java.time.Instant window);

    int forgetBefore(@Param("before") java.time.Instant before);
}
