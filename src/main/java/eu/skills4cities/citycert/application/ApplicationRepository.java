package eu.skills4cities.citycert.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ApplicationRepository extends CrudRepository<CertificationApplication, UUID> {

    List<CertificationApplication> findByCandidateUsernameOrderByCreatedAtDesc(String candidateUsername);

    /** The retakes of an application. */
    List<CertificationApplication> findByRetakeOf(UUID retakeOf);

    @Query("SELECT nextval('application_number_seq')")
    long nextNumber();
}
