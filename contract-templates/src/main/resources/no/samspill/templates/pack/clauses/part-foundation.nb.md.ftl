# Det relasjonelle grunnlaget {#part-foundation}
