package no.samspill.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** A named person: a signatory, a contact or a relationship manager. */
public record Person(@NotBlank @OneLine String name, @OneLine String title, @Email String email, @OneLine String phone) {}
