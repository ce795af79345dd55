package org.mendwell.triggers.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TriggerLogSettingRepository extends JpaRepository<TriggerLogSetting, UUID> {}
