package io.jointresponse.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A contact person as a plain mutable bean. */
@JsonPropertyOrder(alphabetic = true)
public class ContactPojo {
    private String name;
    private String role;
    private String email;
    private String telephone;

    /** Creates an empty instance for Jackson to fill. */
    public ContactPojo() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }
}
