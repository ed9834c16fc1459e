Partene skal være sannferdige og åpne overfor hverandre og dele informasjon som har betydning for samarbeidet, herunder risikoer, feil og problemer, så tidlig som mulig.
