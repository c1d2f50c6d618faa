package dev.wecruit.imports.internal;

import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A firm's import template: a name and its mapping of headers to fields (JSON). */
@Entity
@Table(name = "import_templates")
public class SavedMapping extends TenantScopedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String mapping;

    protected SavedMapping() {
    }

    public SavedMapping(String name, String mapping) {
        this.name = name;
        this.mapping = mapping;
    }

    public void change(String mapping) {
        this.mapping = mapping;
    }

    public String getName() {
        return name;
    }

    public String getMapping() {
        return mapping;
    }
}
