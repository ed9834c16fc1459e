Byrder og gevinster i samarbeidet skal fordeles rimelig og forholdsmessig. Oppstår det en vesentlig skjevhet, skal Partene i god tro drøfte hvordan den kan rettes opp.
