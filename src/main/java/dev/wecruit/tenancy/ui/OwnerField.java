package dev.wecruit.tenancy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Chooses the member responsible for a record. Only active members can be chosen; a record whose owner has left the
 * firm keeps them until someone else is chosen. A new record starts with the signed-in member.
 */
public class OwnerField extends ComboBox<MemberSummary> {

    private final List<MemberSummary> members;
    private UUID shownOwner;

    public OwnerField(String label, OrganizationService organizations, CurrentTenant currentTenant) {
        super(label);
        members = organizations.members();
        setItems(members.stream().filter(MemberSummary::active).toList());
        setItemLabelGenerator(MemberSummary::displayName);
        setClearButtonVisible(true);
        currentTenant.currentMemberId().ifPresent(this::show);
        shownOwner = null;
        // a member who clears the field means nobody, also when the owner shown had left the firm
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() == null) {
                shownOwner = null;
                setPlaceholder(null);
            }
        });
    }

    /** Shows a record's owner: selected when they are an active member, remembered when they have left. */
    public void show(UUID ownerId) {
        shownOwner = ownerId;
        setValue(ownerId == null ? null : getListDataView().getItems()
                .filter(member -> member.id().equals(ownerId)).findFirst().orElse(null));
        // a departed owner cannot be selected; say who they were until someone else is chosen
        setPlaceholder(getValue() != null || ownerId == null ? null : members.stream()
                .filter(member -> member.id().equals(ownerId)).findFirst()
                .map(member -> member.displayName() + " (left the firm)").orElse(null));
    }

    /**
     * The field as a binder sees it, for a record's {@code ownerId}: an id is shown as {@link #show} does, and saved
     * as {@link #ownerId} says (the departed owner kept when nobody was chosen).
     */
    public Converter<MemberSummary, UUID> ownerIds() {
        return Converter.from(chosen -> Result.ok(ownerId()), ownerId -> {
            show(ownerId);
            return getValue();
        });
    }

    /** The owner to save: the chosen member, or the departed owner the record had when nobody was chosen. */
    public UUID ownerId() {
        if (getValue() != null) {
            return getValue().id();
        }
        boolean departed = shownOwner != null && getListDataView().getItems()
                .noneMatch(member -> Objects.equals(member.id(), shownOwner));
        return departed ? shownOwner : null;
    }
}
