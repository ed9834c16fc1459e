Partene skal sørge for at samarbeidet gir gjensidig og rimelig balansert verdi. Ingen av Partene skal søke fordeler på den andre partens bekostning som ikke er forutsatt i avtalen.
