Partene skal være lojale mot avtalens formål og mot hverandre, og ta rimelig hensyn til den andre partens interesser når de utøver rettigheter etter avtalen og {{Grunnavtalen}}.
