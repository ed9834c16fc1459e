Partene skal handle konsekvent og forutsigbart, i samsvar med de verdiene og forpliktelsene som er nedfelt i denne avtalen, også når det ikke tjener egne kortsiktige interesser.
