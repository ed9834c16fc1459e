package no.samspill.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A named person: a signatory, a contact or a relationship manager. */
public record Person(@NotBlank String name, String title, @Email String email, String phone) {}
