package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A named person: a signatory, a contact or a relationship manager. */
@JsonClassDescription("A named person: a signatory, a contact or a relationship manager.")
public record Person(
        @JsonPropertyDescription("The person's name: one line.")
        @NotBlank @OneLine String name,
        @JsonPropertyDescription("The person's title or position: one line.")
        @Translatable @OneLine String title,
        @JsonPropertyDescription("The person's e-mail address.")
        @Email String email,
        @JsonPropertyDescription("The person's phone number: one line.")
        @OneLine String phone) {}
