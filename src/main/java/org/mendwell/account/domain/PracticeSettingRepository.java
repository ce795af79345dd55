package org.mendwell.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeSettingRepository extends JpaRepository<PracticeSetting, String> {}
