package kr.crm.api.grade;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Grades of accounts, their overrides and history. */
@ProviderType
public interface GradeService {

    Optional<AccountGrade> gradeOf(String accountKey);

    /** Oldest first. */
    List<GradeChange> historyOf(String accountKey);

    /** Sets an override; the computed grade is kept and returns when the override expires. */
    AccountGrade override(String accountKey, GradeOverride override);
}
