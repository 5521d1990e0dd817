package kr.crm.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.crm.api.store.Destruction;
import kr.crm.api.store.PrivacyStore.SubjectRequest;
import org.apache.ibatis.annotations.Param;

/** SQL in PrivacyMapper.xml. */
public interface PrivacyMapper {

    List<String> expiredProspects(@Param("activityCutoff") Instant cutoff, @Param("after") String after,
            @Param("limit") int limit);

    List<String> expiredOrderIdentities(@Param("orderCutoff") Instant orderCutoff,
            @Param("activityCutoff") Instant activityCutoff, @Param("after") String after, @Param("limit") int limit);

    List<String> endedMarketingConsents(@Param("cutoff") Instant cutoff, @Param("after") String after,
            @Param("limit") int limit);

    int deleteCustomerBirthday(@Param("key") String key);

    int deleteContactBirthday(@Param("key") String key);

    List<String> accountsWithContactLogsBefore(@Param("cutoff") Instant cutoff, @Param("after") String after,
            @Param("limit") int limit);

    Instant lastOrder(@Param("keys") Collection<String> keys);

    Map<String, Object> lockCustomer(@Param("key") String key);

    String lockContact(@Param("key") String key);

    List<String> mergedInto(@Param("keys") Collection<String> keys);

    List<String> contactsOf(@Param("keys") Collection<String> keys);

    String accountOfContact(@Param("key") String key);

    int countOrders(@Param("keys") Collection<String> keys);

    int markCards(@Param("keys") Collection<String> contactKeys, @Param("at") Instant at);

    List<String> purgedCards(@Param("book") String addressBook);

    int deleteLogRevisions(@Param("keys") Collection<String> keys);

    int deleteLogs(@Param("keys") Collection<String> keys);

    int deleteContactLogRevisions(@Param("keys") Collection<String> keys);

    int deleteContactLogs(@Param("keys") Collection<String> keys);

    int deleteLogRevisionsBefore(@Param("key") String accountKey, @Param("cutoff") Instant cutoff);

    int deleteLogsBefore(@Param("key") String accountKey, @Param("cutoff") Instant cutoff);

    int deleteTasks(@Param("keys") Collection<String> keys);

    int deleteContactTasks(@Param("keys") Collection<String> keys);

    int deleteRequestChanges(@Param("keys") Collection<String> keys);

    int deleteRequestAttachments(@Param("keys") Collection<String> keys);

    int deleteRequestSurveys(@Param("keys") Collection<String> keys);

    int deleteRequests(@Param("keys") Collection<String> keys);

    int scrubSubjectRequests(@Param("keys") Collection<String> keys);

    int detachContactFromRequests(@Param("key") String contactKey);

    int restrictContact(@Param("key") String contactKey, @Param("at") Instant at);

    int markLifted(@Param("id") long requestId, @Param("at") Instant at, @Param("by") String by);

    int liftContactRestriction(@Param("key") String contactKey);

    int detachContactFromOpenTasks(@Param("key") String contactKey, @Param("at") Instant at);

    int deleteSegmentMembers(@Param("keys") Collection<String> keys);

    int deleteSegmentHistory(@Param("keys") Collection<String> keys);

    int deleteMeasures(@Param("keys") Collection<String> keys);

    int deleteGrades(@Param("keys") Collection<String> keys);

    int deleteGradeOverrides(@Param("keys") Collection<String> keys);

    int deleteGradeHistory(@Param("keys") Collection<String> keys);

    int deleteIdentity(@Param("keys") Collection<String> keys);

    int deleteReviews(@Param("keys") Collection<String> keys);

    int deleteConsents(@Param("keys") Collection<String> keys);

    int deleteMail(@Param("keys") Collection<String> keys);

    int deleteAliases(@Param("keys") Collection<String> keys);

    int deleteMergeItems(@Param("keys") Collection<String> keys);

    int deleteMerges(@Param("keys") Collection<String> keys);

    int deleteContacts(@Param("keys") Collection<String> accountKeys);

    int deleteContact(@Param("key") String contactKey);

    int deleteCustomers(@Param("keys") Collection<String> keys);

    int anonymiseCustomers(@Param("keys") Collection<String> keys, @Param("at") Instant at);

    int deletePermissionHistory(@Param("cutoff") Instant cutoff);

    int insertDestruction(@Param("d") Destruction destruction, @Param("key") String key,
            @Param("counts") String counts);

    List<Map<String, Object>> destructionLog(@Param("category") String category, @Param("key") String key,
            @Param("limit") int limit);

    List<Map<String, Object>> customers(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> contactPersons(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> orders(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> orderLines(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> contactLogs(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> tasks(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> consents(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> optOuts(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> sentMail(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> serviceRequests(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> segments(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> identityIndex(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> syncedCards(@Param("keys") Collection<String> keys);

    List<Map<String, Object>> grades(@Param("keys") Collection<String> keys);

    int insertSubjectRequest(@Param("r") SubjectRequest request);

    Map<String, Object> subjectRequest(@Param("id") long requestId);

    List<Map<String, Object>> subjectRequests(@Param("pendingOnly") boolean pendingOnly, @Param("limit") int limit);

    int markGathered(@Param("id") long requestId, @Param("at") Instant at);

    int markExecuted(@Param("id") long requestId, @Param("at") Instant at, @Param("by") String by,
            @Param("outcome") String outcome);
}
