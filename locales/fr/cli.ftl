### L'aide des commandes et des arguments (clap), les sujets d'aide et les pages de manuel,
### en français.
###
### cmd-CHEMIN : une commande (CHEMIN est fait des mots de la commande joints par « - »,
### cmd-root est le programme lui-même), avec .long (description longue), .after et
### .after-long (texte après l'aide). arg-CHEMIN-ID : un argument d'une commande ; arg-ID :
### un argument commun à plusieurs commandes ; arg-global-ID : un argument global.
### .value-NOM : l'aide d'une valeur possible. Les noms des commandes et des options ne se
### traduisent jamais : ce sont ceux que l'on tape.

## urssaf-admin

cmd-root = Gérer l'espace Urssaf d'un cabinet comptable : portefeuilles, abonnés et clients
    .long = Gérer l'espace Urssaf d'un cabinet comptable depuis un terminal ou un script : créer des portefeuilles clients, y donner accès aux collaborateurs et gérer les entreprises clientes de chaque portefeuille.
    .after = Commencez par `urssaf-admin init` (un nouvel espace) ou `urssaf-admin login`.
arg-global-profile = Profil : quelle connexion et quel espace utiliser
arg-global-db = Le fichier de base de données de l'espace (env : URSSAF_ADMIN_DB) [par défaut : celui du profil, sinon $XDG_DATA_HOME/urssaf-admin/space.db]
arg-global-api-url = L'espace d'un serveur (`urssaf-admin serve`) au lieu d'une base de données locale (env : URSSAF_ADMIN_API_URL)
arg-global-ca-cert = Faire confiance à ce certificat d'autorité (PEM) pour le HTTPS du serveur
arg-global-output = Format de sortie
    .value-table = Un tableau dans un terminal ; dans un tube, des lignes séparées par des tabulations sous une ligne d'en-tête
    .value-json = JSON : un tableau pour les listes, un objet pour un seul enregistrement
    .value-csv = CSV avec une ligne d'en-tête
arg-global-no-input = Ne jamais poser de question ; échouer plutôt quand une réponse est nécessaire
arg-global-no-color = Pas de couleur (de même quand NO_COLOR est défini)
arg-global-quiet = N'afficher que les données et les erreurs
arg-global-lang = Langue des messages, des questions et de l'aide (env : URSSAF_ADMIN_LANG) [par défaut : d'après LC_ALL, LC_MESSAGES ou LANG : français pour fr*, sinon anglais]

## urssaf-admin init

cmd-init = Créer l'espace du cabinet et son premier administrateur
arg-init-siren = Le SIREN du cabinet (9 chiffres ; espaces acceptés)
arg-init-name = La raison sociale du cabinet, tiers déclarant de chaque portefeuille
arg-init-admin = Identifiant du premier administrateur
arg-init-email = Adresse électronique du premier administrateur
arg-init-full-name = Nom complet du premier administrateur
arg-init-password-stdin = Lire le mot de passe de l'administrateur sur l'entrée standard au lieu de le demander

## urssaf-admin login

cmd-login = Se connecter ; le jeton de session va dans le trousseau du système
arg-login-user = Votre identifiant [par défaut : le dernier identifiant du profil]
arg-login-password-stdin = Lire le mot de passe sur l'entrée standard au lieu de le demander
arg-login-insecure-storage = Conserver le jeton de session dans un fichier lisible par vous seul au lieu du trousseau du système

## urssaf-admin logout

cmd-logout = Se déconnecter et oublier le jeton conservé
arg-logout-all = Fermer toutes vos sessions, sur toutes les machines
arg-logout-session = Fermer celle de vos sessions qui porte ce numéro (celui de `auth status --sessions`)
arg-logout-user = Fermer toutes les sessions de cette personne (administrateurs seulement) ; la vôtre reste ouverte

## urssaf-admin auth

cmd-auth = Consulter l'état de la connexion et le jeton

## urssaf-admin auth status

cmd-auth-status = Afficher qui est connecté, à quel espace, et où le jeton est conservé (code de retour 4 si personne)
arg-auth-status-sessions = Lister plutôt vos sessions ouvertes : quand chacune a été ouverte et utilisée pour la dernière fois, et d'où

## urssaf-admin auth token

cmd-auth-token = Afficher le jeton de session, pour URSSAF_ADMIN_TOKEN en intégration continue

## urssaf-admin activate

cmd-activate = Choisir le mot de passe d'un nouveau compte, avec le code envoyé par un administrateur
arg-activate-user = Votre identifiant, tel que l'administrateur vous l'a donné
arg-activate-code = Le code d'activation reçu par courriel [par défaut : demandé sans écho]. Sur la ligne de commande, les autres utilisateurs le voient dans `ps` et l'historique du shell le garde : préférez la question, ou --code-stdin
arg-activate-code-stdin = Lire le code d'activation sur la première ligne de l'entrée standard (avec --password-stdin, le mot de passe est la deuxième ligne)
arg-activate-password-stdin = Lire le nouveau mot de passe sur l'entrée standard au lieu de le demander

## urssaf-admin portfolio

cmd-portfolio = Gérer les portefeuilles clients

## urssaf-admin portfolio create

cmd-portfolio-create = Créer un nouveau portefeuille avec le cabinet comme tiers déclarant (après confirmation)
arg-yes = Répondre oui à la confirmation (pour les scripts)
arg-dry-run = Tout vérifier et montrer ce qui se passerait, sans rien modifier

## urssaf-admin portfolio list

cmd-portfolio-list = Lister les portefeuilles que vous voyez : tous pour les administrateurs, les vôtres pour les abonnés
arg-offline = Répondre d'après ce que le serveur a envoyé en dernier, sans l'interroger

## urssaf-admin portfolio show

cmd-portfolio-show = Afficher un portefeuille
arg-portfolio-show-number = Le numéro du portefeuille

## urssaf-admin portfolio export

cmd-portfolio-export = Le fichier des établissements du portefeuille pour net-entreprises : une ligne `SIRET;1` par établissement (un client connu par son SIREN sort par son siège), séparée par `;`, rien d'autre
    .after-long =
        Le fichier s'appelle portefeuille-N-etablissements.csv, chaque SIRET en 14 chiffres,
        fins de ligne CRLF. Ouvrez-le avec un éditeur de texte, pas Excel : réenregistré depuis
        Excel, un SIRET perd ses zéros de tête ou devient un exposant.

        Un client enregistré par son seul SIREN sort par le SIRET de son siège quand l'espace
        le connaît (`clients lookup` ou `clients verify` le demandent au répertoire) ; sinon il
        est signalé en erreur et la commande sort avec le code 9, le fichier contenant les autres.

        Exemples :
          urssaf-admin portfolio export 3 --out .
          urssaf-admin portfolio export 3 --removed-since 01/01/2026 --out -
arg-portfolio-export-number = Le numéro du portefeuille
arg-portfolio-export-format = Le format de fichier du portail
arg-portfolio-export-out = Écrire dans ce fichier, ou dans ce dossier sous son propre nom ; `-` pour la sortie standard (par défaut : le dossier courant) ; un fichier existant n'est jamais remplacé
arg-portfolio-export-removed-since = Ajouter une ligne `SIRET;0` pour chaque client sorti du portefeuille depuis ce jour (15/01/2026 ou 2026-01-15)

## urssaf-admin portfolio sync

cmd-portfolio-sync = Déclarer les clients d'un portefeuille par un fichier : montre le plan (à ajouter, à faire venir, à retirer, inchangés), demande, puis l'applique en une transaction
    .after-long =
        Le fichier : un CSV avec une colonne `siren` ou `siret` et une colonne `name` facultative,
        ou les lignes `SIRET;1` / `SIRET;0` du portail. Il est lu comme par `clients import`
        (UTF-8 ou --encoding windows-1252, `,` ou `;`) ; une ligne fautive est signalée avec son
        numéro et rien n'est écrit.

        Un client d'un autre portefeuille est déplacé (le plan dit d'où). Un client que le fichier
        ne nomme pas n'est retiré qu'avec --prune ; une ligne `0` le retire toujours. Une seconde
        exécution du même fichier ne change rien et sort avec le code 0.

        Exemples :
          urssaf-admin portfolio sync 3 portefeuille-3.csv --dry-run
          urssaf-admin portfolio sync 3 portefeuille-3.csv --prune --yes
arg-portfolio-sync-number = Le numéro du portefeuille
arg-portfolio-sync-prune = Retirer aussi les clients du portefeuille que le fichier ne nomme pas

## urssaf-admin subscriber

cmd-subscriber = Gérer les abonnements des collaborateurs aux portefeuilles (abonnés)

## urssaf-admin subscriber add

cmd-subscriber-add = Donner à un collaborateur l'accès à un portefeuille, en créant son compte si besoin
arg-subscriber-add-portfolio = Le portefeuille auquel donner accès
arg-subscriber-add-login = L'identifiant du collaborateur
arg-subscriber-add-email = Adresse électronique (nécessaire quand le collaborateur n'a pas encore de compte)
arg-subscriber-add-name = Nom complet (pour un nouveau compte)

## urssaf-admin subscriber list

cmd-subscriber-list = Lister les abonnements : tous pour les administrateurs, les vôtres pour les abonnés
arg-subscriber-list-portfolio = Seulement les abonnés de ce portefeuille

## urssaf-admin subscriber modify

cmd-subscriber-modify = Modifier le nom ou l'adresse électronique d'un abonné, ou suspendre ou rétablir un abonnement
arg-subscriber-modify-portfolio = Le portefeuille de l'abonnement
arg-subscriber-modify-login = L'identifiant de l'abonné
arg-subscriber-modify-name = Nouveau nom complet
arg-subscriber-modify-email = Nouvelle adresse électronique
arg-subscriber-modify-suspend = Suspendre l'accès au portefeuille sans retirer l'abonnement
arg-subscriber-modify-resume = Rétablir un abonnement suspendu

## urssaf-admin subscriber import

cmd-subscriber-import = Abonner des collaborateurs en masse depuis un fichier CSV aux colonnes login,email,name,portfolio
    .after-long =
        Le fichier : une ligne d'en-tête qui nomme les colonnes (dans n'importe quel ordre ; les
        autres colonnes sont ignorées), puis un abonnement par ligne. Un collaborateur sans compte
        en reçoit un, avec un code d'activation (la colonne email est alors nécessaire) ; les
        codes sont dans le fichier --report, créé en mode 0600. Séparateur `,` ou `;` (détecté),
        UTF-8 avec ou sans BOM (ou --encoding windows-1252), fins de ligne CRLF et champs entre
        guillemets sont acceptés.

        Chaque ligne est vérifiée avant toute écriture : une seule ligne fausse et rien n'est
        écrit (code de retour 8), sauf si --skip-invalid écrit les lignes valides (code de
        retour 9 si l'une a échoué). Un abonnement qui existe déjà est ignoré : relancer un
        fichier est donc sans danger.

        Exemples :
          urssaf-admin subscriber import equipe.csv --dry-run
          urssaf-admin subscriber import equipe.csv --report codes.csv
arg-file = Le fichier CSV, ou - pour l'entrée standard
arg-skip-invalid = Écrire les lignes valides même si d'autres échouent (le code de retour est alors 9)
arg-report = Écrire ce qu'est devenue chaque ligne dans ce fichier CSV (lisible par vous seul : le rapport d'un import d'abonnés contient des codes d'activation)
arg-encoding = Le jeu de caractères du fichier
    .value-utf-8 = UTF-8, avec ou sans indicateur d'ordre des octets (BOM)
    .value-windows-1252 = Ce qu'Excel écrit pour « CSV (séparateur : point-virgule) » sur un Windows français

## urssaf-admin subscriber remove

cmd-subscriber-reinvite = Un nouveau code d'activation pour un collaborateur qui n'a pas encore activé son compte ; ses codes précédents sont aussitôt annulés
arg-subscriber-reinvite-login = L'identifiant du collaborateur
cmd-subscriber-remove = Retirer à un collaborateur l'accès à un portefeuille (après confirmation)
arg-subscriber-remove-portfolio = Le portefeuille dont retirer l'accès
arg-subscriber-remove-login = L'identifiant de l'abonné

## urssaf-admin subscriber transfer

cmd-subscriber-transfer = Donner les abonnements d'un collaborateur (tous, ou les portefeuilles nommés) à un autre, en une seule transaction, et les retirer au premier (après confirmation ; --keep les lui laisse)
    .after-long =
        Typiquement, quand quelqu'un part :
          urssaf-admin subscriber transfer --from bob --to carol
          urssaf-admin user disable bob
arg-subscriber-transfer-from = Le collaborateur dont les portefeuilles sont passés
arg-subscriber-transfer-to = Le collaborateur qui les reprend
arg-subscriber-transfer-portfolio = Seulement ce portefeuille (à répéter pour plusieurs)
arg-subscriber-transfer-keep = Laisser aussi le premier collaborateur abonné

## urssaf-admin subscriber copy

cmd-subscriber-copy = Abonner un collaborateur aux mêmes portefeuilles qu'un collègue (un nouveau venu, par exemple)
arg-subscriber-copy-from = Le collègue dont les portefeuilles sont copiés
arg-subscriber-copy-to = Le collaborateur qui les reçoit

## urssaf-admin admin

cmd-admin = Gérer les administrateurs de l'espace

## urssaf-admin admin list

cmd-admin-list = Lister les administrateurs de l'espace

## urssaf-admin admin add

cmd-admin-add = Faire d'un utilisateur existant un administrateur
arg-admin-add-login = Identifiant de l'utilisateur à nommer administrateur

## urssaf-admin admin remove

cmd-admin-remove = Retirer un utilisateur des administrateurs (après confirmation ; jamais le dernier)
arg-admin-remove-login = Identifiant de l'administrateur à retirer

## urssaf-admin user

cmd-user = Comptes : un collaborateur qui part, ou qui revient

## urssaf-admin user disable

cmd-user-disable = Désactiver un compte (après confirmation) : sessions fermées aussitôt partout, plus de connexion, abonnements suspendus, rien de supprimé ; jamais le dernier administrateur
arg-user-disable-login = Identifiant de la personne qui part

## urssaf-admin user enable

cmd-user-enable = Réactiver un compte désactivé, avec les abonnements que la désactivation avait suspendus
arg-user-enable-login = Identifiant de la personne qui revient


## urssaf-admin user export

cmd-user-export = Tout ce que l'espace garde sur une personne, en un document JSON : compte, abonnements, sessions, échecs de connexion, entrées du journal, messages (une demande de droit d'accès, article 15 du RGPD). Les vôtres, ou celles de quiconque pour un administrateur
arg-user-export-login = Identifiant de la personne
arg-user-export-out = L'écrire dans ce nouveau fichier, lisible par vous seul, plutôt que sur la sortie standard

## urssaf-admin user erase

cmd-user-erase = Oublier une personne partie qui le demande (article 17 du RGPD ; après confirmation, irréversible) : son identifiant devient un pseudonyme dans le compte, le journal et la file des messages, son nom et son adresse disparaissent, les messages qui lui étaient adressés perdent leur texte. Seulement un compte désactivé
arg-user-erase-login = Identifiant du compte désactivé

## urssaf-admin access

cmd-access = Qui voit quoi, et pourquoi : pour un client, pour une personne

## urssaf-admin access client

cmd-access-client = Qui voit ce client, et pourquoi : les administrateurs, et les abonnés de son portefeuille, chacun avec son état
arg-access-client-id = SIREN ou SIRET (espaces acceptés)

## urssaf-admin access user

cmd-access-user = Ce que cette personne voit : portefeuilles, nombre de clients, rôle, dernière connexion
arg-access-user-login = L'identifiant de la personne

## urssaf-admin access review

cmd-access-review = La revue annuelle des accès en un tableau (-o csv pour l'auditeur) : chaque personne, son rôle, ses portefeuilles, sa dernière connexion, et les constats never-signed-in, idle, invitation-expired, disabled-but-subscribed, administrator
arg-access-review-idle = Inactif après ce nombre de jours sans connexion

## urssaf-admin access matrix

cmd-access-matrix = Les personnes par portefeuille, le rôle dans chaque case (administrator, subscriber, suspended), pour un tableur : -o csv

## urssaf-admin clients

cmd-clients = Gérer les entreprises clientes des portefeuilles

## urssaf-admin clients list

cmd-clients-list = Lister les clients des portefeuilles que vous voyez
arg-clients-list-portfolio = Seulement les clients de ce portefeuille
arg-clients-list-search = Une partie d'un nom, ou les premiers chiffres d'un SIREN/SIRET
arg-clients-list-limit = Au plus ce nombre de clients
arg-clients-list-register = Montrer ce que le registre des entreprises a dit de chaque client en dernier (sans l'interroger)
arg-clients-list-mandate = Montrer la lettre de mission de chaque client et son état aujourd'hui (valide, échue dans les 30 jours, échue, absente)

## urssaf-admin clients add

cmd-clients-add = Ajouter une entreprise (SIREN) ou un établissement (SIRET) à un portefeuille
arg-clients-add-id = SIREN (9 chiffres) ou SIRET (14 chiffres) ; espaces et points entre les groupes acceptés
arg-clients-add-name = La raison sociale de l'entreprise (par défaut : celle du registre des entreprises, voir `clients lookup`)
arg-clients-add-allow-ceased = L'ajouter même si le registre des entreprises la dit cessée
arg-clients-add-mandate-signed = Le jour où sa lettre de mission a été signée (15/01/2026 ou 2026-01-15), enregistrée avec lui
arg-clients-add-mandate-ref = La référence de cette lettre de mission
arg-clients-add-portfolio = Le portefeuille auquel l'ajouter

## urssaf-admin clients move

cmd-clients-move = Déplacer un client vers un autre portefeuille
arg-clients-move-id = SIREN ou SIRET (espaces acceptés)
arg-clients-move-to = Le portefeuille vers lequel le déplacer

## urssaf-admin clients import

cmd-clients-import = Ajouter des clients en masse depuis un fichier CSV aux colonnes siren,name,portfolio
    .after-long =
        Le fichier : une ligne d'en-tête qui nomme les colonnes (dans n'importe quel ordre ; les
        autres colonnes sont ignorées), puis une entreprise par ligne. La colonne siren accepte
        aussi un SIRET ; une colonne siret, comme l'écrit `clients list -o csv`, est utilisée
        quand elle est remplie. Séparateur `,` ou `;` (détecté), UTF-8 avec ou sans BOM (ou
        --encoding windows-1252), fins de ligne CRLF et champs entre guillemets sont acceptés.

        Chaque ligne est vérifiée avant toute écriture : une seule ligne fausse et rien n'est
        écrit (code de retour 8), sauf si --skip-invalid écrit les lignes valides (code de
        retour 9 si l'une a échoué). Une entreprise déjà dans le même portefeuille est
        ignorée : relancer un fichier est donc sans danger.

        Exemples :
          urssaf-admin clients list -o csv > clients.csv
          urssaf-admin clients import clients.csv --dry-run
          urssaf-admin clients import clients.csv --report rapport.csv
arg-clients-import-move-clients = Déplacer une entreprise trouvée dans un autre portefeuille au lieu de rejeter sa ligne
arg-clients-import-allow-ceased = Accepter une ligne que le registre des entreprises dit cessée, au lieu de la rejeter

## urssaf-admin clients lookup

cmd-clients-lookup = Ce que le registre des entreprises (API Recherche d'entreprises) dit d'une entreprise : nom, état, date de fermeture, siège
arg-clients-lookup-id = SIREN ou SIRET (espaces acceptés) ; seuls ces chiffres sont envoyés au registre
arg-clients-lookup-refresh = Interroger le registre même si la réponse de l'espace est récente

## urssaf-admin clients verify

cmd-clients-verify = Vérifier chaque client que vous voyez auprès du registre des entreprises : ok, ceased, renamed, not-found, not-public ou duplicate
    .after-long =
        Le registre n'est interrogé que pour les clients dont la dernière réponse est plus
        ancienne que le réglage register-max-age de l'espace (7 jours par défaut), à 7 requêtes
        par seconde au plus ; chaque réponse est gardée dès qu'elle arrive, une vérification
        interrompue reprend donc où elle s'est arrêtée. Code de retour 11 si un client a un
        constat autre que ok (pour une tâche cron mensuelle).

        Exemples :
          urssaf-admin clients verify -o csv > constats.csv
          urssaf-admin clients verify --portfolio 3 --fix-names
arg-clients-verify-portfolio = Seulement les clients de ce portefeuille
arg-clients-verify-refresh = Interroger le registre pour chaque client, même si sa réponse est récente
arg-clients-verify-fix-names = Donner aux clients renommés le nom du registre (administrateurs ; journalisé et notifié)

## urssaf-admin clients remove

cmd-clients-remove = Retirer un client de son portefeuille (après confirmation)
arg-clients-remove-id = SIREN ou SIRET (espaces acceptés)


## urssaf-admin clients mandate

cmd-clients-mandate = La lettre de mission de chaque client : l'engagement écrit sans lequel le cabinet ne peut pas agir pour lui (article 151 du décret 2012-432)

## urssaf-admin clients mandate set

cmd-clients-mandate-set = Enregistrer la lettre de mission d'un client : quand elle a été signée, sa référence, et quand elle finit ou se reconduit (administrateurs ; journalisé et notifié)
arg-clients-mandate-set-id = SIREN ou SIRET (espaces acceptés)
arg-clients-mandate-set-signed = Le jour de la signature (15/01/2026 ou 2026-01-15)
arg-clients-mandate-set-reference = Sa référence
arg-clients-mandate-set-until = Le dernier jour qu'elle couvre
arg-clients-mandate-set-renews = Reconduite tacitement chaque année à la date anniversaire de sa signature

## urssaf-admin clients mandate show

cmd-clients-mandate-show = La lettre de mission d'un client et son état aujourd'hui
arg-clients-mandate-show-id = SIREN ou SIRET (espaces acceptés)

## urssaf-admin clients mandate clear

cmd-clients-mandate-clear = Effacer la lettre de mission d'un client (après confirmation)
arg-clients-mandate-clear-id = SIREN ou SIRET (espaces acceptés)

## urssaf-admin clients mandate list

cmd-clients-mandate-list = Les lettres de mission des clients que vous voyez, avec leur état : valide, bientôt échue, échue ou absente
arg-clients-mandate-list-missing = Seulement les clients qui n'en ont aucune
arg-clients-mandate-list-expiring = Seulement celles qui finissent ou se reconduisent dans ce nombre de jours, ou sont échues
arg-clients-mandate-list-portfolio = Seulement les clients de ce portefeuille

## urssaf-admin settings

cmd-settings = Gérer les réglages de l'espace

## urssaf-admin settings show

cmd-settings-show = Afficher l'espace : cabinet, SIREN et réglages

## urssaf-admin settings set

cmd-settings-set = Modifier un réglage

## urssaf-admin settings set third-party-registration

cmd-settings-set-third-party-registration = Autoriser ou non l'inscription de votre SIREN par un tiers déclarant
arg-settings-set-third-party-registration-value = on pour l'autoriser, off pour le refuser

## urssaf-admin settings set smtp

cmd-settings-set-smtp = Choisir le serveur SMTP par lequel les notifications partent : smtp://utilisateur@hôte:587 (STARTTLS), smtps://utilisateur@hôte:465, smtp+plain://127.0.0.1:25 (cette machine seulement) ou `none`. Le mot de passe est demandé (ou lu avec --password-stdin) et conservé dans le trousseau du système, jamais dans l'espace
arg-settings-set-smtp-url = L'URL du serveur, ou `none` pour ne plus envoyer de courriels
arg-settings-set-smtp-password-stdin = Lire le mot de passe SMTP sur l'entrée standard

## urssaf-admin settings set smtp-from

cmd-settings-set-smtp-from = Choisir l'expéditeur des notifications : "Cabinet Dupont <noreply@cabinet.fr>", une adresse seule (le nom du cabinet est alors affiché) ou `none`
arg-settings-set-smtp-from-sender = L'expéditeur, ou `none` pour revenir à celui par défaut

## urssaf-admin settings set language

cmd-settings-set-language = Choisir la langue des notifications, quelle que soit la personne qui fait la modification : fr ou en. Un nouvel espace prend la langue de l'administrateur qui l'a créé
arg-settings-set-language-value = La langue des notifications

## urssaf-admin settings set notification-digest

cmd-settings-set-notification-digest = Choisir combien de temps une notification attend d'autres changements pour la même personne avant de partir, pour qu'une journée chargée fasse un courriel plutôt que plusieurs : des minutes (1440 au plus), ou `off` pour envoyer aussitôt
arg-settings-set-notification-digest-minutes = Des minutes, ou off

## urssaf-admin settings set register-max-age

cmd-settings-set-register-max-age = Combien de jours une réponse du registre des entreprises est gardée avant que `clients verify` ne l'interroge de nouveau (de 0 à 365 ; 7 par défaut)
arg-settings-set-register-max-age-days = Des jours



## urssaf-admin settings set require-mandate

cmd-settings-set-require-mandate = Refuser un nouveau client (`clients add`, `clients import`) sans le jour de signature de sa lettre de mission : on ou off (off par défaut)
arg-settings-set-require-mandate-value = on ou off

## urssaf-admin settings set audit-retention

cmd-settings-set-audit-retention = Combien de mois le journal est gardé avant que `audit purge` (et `serve`, chaque jour) n'en supprime les entrées plus anciennes : de 1 à 120 ; 12 par défaut, la CNIL recommandant de six mois à un an pour les journaux
arg-settings-set-audit-retention-months = Des mois

## urssaf-admin settings set notification-retention

cmd-settings-set-notification-retention = Combien de jours le texte d'une notification envoyée est gardé (de 1 à 3650 ; 30 par défaut) ; sa trace (à qui, quand, l'objet) reste aussi longtemps que le journal
arg-settings-set-notification-retention-days = Des jours

## urssaf-admin audit

cmd-audit = Consulter le journal de toutes les modifications

## urssaf-admin audit list

cmd-audit-list = Lister les dernières modifications, les plus récentes d'abord (administrateurs seulement)
arg-audit-list-limit = Au plus ce nombre d'entrées
arg-audit-list-since = À partir de ce jour (2026-01-15 ou 15/01/2026, heure locale), ou d'un instant RFC 3339
arg-audit-list-until = Jusqu'à la fin de ce jour, ou avant un instant RFC 3339
arg-audit-list-actor = Seulement ce qu'a fait cet identifiant
arg-audit-list-target = Seulement les entrées sur ce client (SIREN ou SIRET), ce portefeuille (`portfolio N`) ou cette personne (son identifiant, avec les changements d'abonnement qui la nomment)


## urssaf-admin audit purge

cmd-audit-purge = Appliquer maintenant les durées de conservation de l'espace (après confirmation) : les entrées du journal plus anciennes que `audit-retention` et le texte des messages plus anciens que `notification-retention` sont supprimés définitivement ; `serve` le fait chaque jour

## urssaf-admin notifications

cmd-notifications = Gérer les notifications par courriel en attente d'envoi pour les personnes concernées par chaque modification

## urssaf-admin notifications list

cmd-notifications-list = Lister les notifications en attente d'envoi, les plus récentes d'abord : toutes pour les administrateurs, les vôtres pour les autres
arg-notifications-list-limit = Au plus ce nombre de notifications

## urssaf-admin notifications send

cmd-notifications-send = Envoyer par courriel ce qui est dû maintenant, par le serveur SMTP de l'espace (administrateurs)
arg-notifications-send-now = Envoyer aussi ce qui attend une nouvelle tentative après un échec

## urssaf-admin serve

cmd-serve = Servir l'espace en HTTP pour les autres machines du cabinet
arg-serve-listen = Adresse et port d'écoute (le port 0 en choisit un libre, affiché sur la sortie standard)
arg-serve-trusted-proxy = Un mandataire (proxy) placé devant, par son adresse : son en-tête X-Forwarded-For désigne le client, pour limiter les connexions par provenance. À répéter s'il y en a plusieurs ; jamais pour un port ouvert à tous
arg-serve-tls-cert = Servir en HTTPS avec cette chaîne de certificats (PEM)
arg-serve-tls-key = La clé privée du certificat (PEM)
arg-serve-insecure-plain-http = Autoriser le HTTP en clair sur une adresse autre que la boucle locale (derrière un mandataire TLS seulement)
arg-serve-smtp-password-file = Le mot de passe SMTP, lu dans ce fichier (mode 0600) ; sinon URSSAF_ADMIN_SMTP_PASSWORD

## urssaf-admin check

cmd-check = Vérifier que le fichier de la base de l'espace est sain (code de retour 1 et ce qui est endommagé sinon)

## urssaf-admin backup

cmd-backup = Copier la base de l'espace dans un nouveau fichier, de façon cohérente, pendant qu'elle sert
arg-backup-file = Le nouveau fichier à écrire (jamais écrasé ; lisible par vous seul)

## urssaf-admin completions

cmd-completions = Afficher un script de complétion pour un shell
arg-completions-shell = Le shell pour lequel afficher le script

## urssaf-admin help

cmd-help = Afficher l'aide d'une commande, ou un sujet d'aide : exit-codes, environment, formatting
arg-help-words = Un sujet (exit-codes, environment, formatting) ou une commande (portfolio create)

## Noms des valeurs (<CHEMIN>, <IDENTIFIANT>, ...)

value-name-profile = PROFIL
value-name-path = CHEMIN
value-name-url = URL
value-name-file = FICHIER
value-name-output = FORMAT
value-name-lang = LANGUE
value-name-siren = SIREN
value-name-name = NOM
value-name-login = IDENTIFIANT
value-name-email = COURRIEL
value-name-code = CODE
value-name-number = NUMÉRO
value-name-format = FORMAT
value-name-portfolio = PORTEFEUILLE
value-name-encoding = ENCODAGE
value-name-search = TEXTE
value-name-limit = NOMBRE
value-name-id = SIREN|SIRET
value-name-to = PORTEFEUILLE
value-name-value = VALEUR
value-name-sender = EXPÉDITEUR
value-name-listen = ADRESSE
value-name-shell = SHELL
value-name-topic-command = SUJET|COMMANDE
value-name-minutes = MINUTES
value-name-days = JOURS
value-name-months = MOIS
value-name-date = DATE
value-name-what = QUOI
value-name-text = TEXTE
value-name-renews = RECONDUCTION
value-name-address = ADRESSE

## Ce que clap écrit lui-même

clap-help = Afficher l'aide
clap-help-short = Afficher l'aide (plus de détails avec « --help »)
clap-help-long = Afficher l'aide (un résumé avec « -h »)
clap-version = Afficher la version
clap-usage = Utilisation :
clap-commands = Commandes :
clap-arguments = Arguments :
clap-options = Options :
clap-global-options = Options globales :
clap-command-value = COMMANDE
# { $var } est NOM=valeur, ou NOM seul.
clap-env = [env : { $var }]
clap-default = [par défaut : { $value }]
clap-possible-values = [valeurs possibles : { $values }]
clap-possible-values-heading = Valeurs possibles :
# Une valeur possible et son aide ; { $pad } aligne les aides d'une liste.
clap-possible-value = { $name } :{ $pad } { $help }

## Erreurs de la ligne de commande (après le error-prefix de messages.ftl)

clap-error-unknown-argument = argument inattendu « { $arg } »
clap-error-not-for = « { $arg } » n'a pas de sens pour « { $command } »
clap-error-invalid-value = valeur « { $value } » invalide pour « { $arg } »
clap-error-empty-value = une valeur est attendue pour « { $arg } », mais aucune n'a été donnée
clap-error-invalid-subcommand = sous-commande « { $name } » inconnue
clap-error-missing-required = ces arguments obligatoires manquent :
clap-error-missing-subcommand = « { $name } » attend une sous-commande, mais aucune n'a été donnée
# { $what } vaut argument ou subcommand.
clap-error-conflict = { $what ->
        [subcommand] la sous-commande « { $arg } » ne peut pas être utilisée
       *[argument] l'argument « { $arg } » ne peut pas être utilisé
    } avec « { $other } »
clap-error-conflict-many = { $what ->
        [subcommand] la sous-commande « { $arg } » ne peut pas être utilisée
       *[argument] l'argument « { $arg } » ne peut pas être utilisé
    } avec :
clap-error-conflict-others = { $what ->
        [subcommand] la sous-commande « { $arg } » ne peut pas être utilisée
       *[argument] l'argument « { $arg } » ne peut pas être utilisé
    } avec un ou plusieurs des autres arguments donnés
clap-error-conflict-repeated = l'argument « { $arg } » ne peut pas être donné plusieurs fois
clap-error-no-equals = un signe égal est nécessaire pour donner une valeur à « { $arg } »
clap-error-too-many-values = valeur inattendue « { $value } » pour « { $arg } » : aucune autre n'était attendue
clap-error-too-few-values = { $min } valeurs attendues pour « { $arg } » ; { $actual ->
        [0] aucune donnée
        [one] une seule donnée
       *[other] seulement { $actual } données
    }
clap-error-wrong-number-of-values = { $expected } valeurs attendues pour « { $arg } », mais { $actual ->
        [0] aucune donnée
        [one] une seule donnée
       *[other] { $actual } données
    }
clap-error-value-validation = valeur « { $value } » invalide pour « { $arg } » : { $reason }
clap-list-possible-values = [valeurs possibles : { $values }]
clap-list-subcommands = [sous-commandes : { $values }]
clap-tip = astuce
clap-tip-similar = { $count ->
        [one] { $what ->
            [subcommand] une sous-commande proche existe
            [argument] un argument proche existe
           *[value] une valeur proche existe
        } : { $names }
       *[other] { $what ->
            [subcommand] des sous-commandes proches existent
            [argument] des arguments proches existent
           *[value] des valeurs proches existent
        } : { $names }
    }
clap-tip-quoted = « { $name } »
clap-tip-pass-as-value = pour passer « { $arg } » comme valeur, écrivez « { $use } »
clap-tip-exists = « { $name } » existe
clap-tip-remove-dashes = la sous-commande « { $name } » existe ; pour l'utiliser, retirez le « -- » qui la précède
clap-more-info = Pour plus d'informations, essayez « { $flag } ».
# { $label } vaut « erreur » ou « astuce ».
clap-error-invalid-utf8 = un ou plusieurs arguments ne sont pas de l'UTF-8 valide
# Pour une erreur dont clap ne dit rien de plus.
clap-error-other = la ligne de commande n'a pas pu être comprise

## Pourquoi une valeur est refusée (après « valeur « X » invalide pour « --ARG » »)

value-whole-number-from-1 = donnez un nombre entier à partir de 1
value-address-and-port = donnez une adresse et un port, comme 127.0.0.1:8080
value-digest-minutes = donnez un nombre de minutes de 0 à 1440, ou off
value-ip-address = donnez une adresse IP, comme 127.0.0.1 ou 192.0.2.7

## Sujets d'aide (urssaf-admin help SUJET) ; l'aide longue du programme finit par les deux premiers

topic-exit-codes =
    Codes de retour :
      0   succès
      1   autre erreur, dont un identifiant bloqué après cinq mots de passe faux
      2   erreur d'utilisation, dont une confirmation qui demande --yes hors d'un terminal
      3   annulé à une question
      4   non connecté, session expirée, ou identifiant ou mot de passe incorrect
      5   permission refusée (administrateurs seulement, ou portefeuille qui n'est pas le vôtre)
      6   introuvable
      7   conflit (doublon, déjà abonné, dernier administrateur)
      8   saisie invalide (clé de contrôle du SIREN/SIRET, adresse électronique mal formée, ...)
      9   un traitement en masse s'est terminé avec des échecs, ou un export a laissé des clients de côté
      10  serveur injoignable
      11  clients verify a trouvé des clients à examiner
topic-environment =
    Environnement :
      URSSAF_ADMIN_TOKEN    jeton de session à utiliser au lieu de celui conservé (CI, scripts)
      URSSAF_ADMIN_DB       chemin de la base de données de l'espace (comme --db)
      URSSAF_ADMIN_API_URL  l'espace d'un serveur (comme --api-url)
      URSSAF_ADMIN_CA_CERT  certificat d'autorité auquel se fier pour le serveur (comme --ca-cert)
      URSSAF_ADMIN_PROFILE  profil à utiliser (comme --profile)
      URSSAF_ADMIN_LANG     langue des messages et de l'aide : fr ou en (comme --lang)
      URSSAF_ADMIN_SMTP_PASSWORD
                            le mot de passe SMTP, pour serve et la CI (sinon dans le trousseau)
      LC_ALL, LC_MESSAGES, LANG
                            sinon, la première définie donne la langue : français pour fr*,
                            anglais pour le reste
      HOME                  où sont les dossiers XDG quand les XDG_* ne sont pas définis
      COLUMNS               la largeur des tableaux quand le terminal ne la donne pas
      HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY
                            un mandataire (proxy) par lequel joindre un serveur
      DBUS_SESSION_BUS_ADDRESS
                            le bus de session du trousseau du système (Secret Service)
      NO_COLOR              pas de couleur dans la sortie quand elle est définie
      XDG_CONFIG_HOME       configuration : $XDG_CONFIG_HOME/urssaf-admin/config.toml
      XDG_DATA_HOME         base de données par défaut : $XDG_DATA_HOME/urssaf-admin/space.db
      XDG_CACHE_HOME        copies hors ligne des réponses d'un serveur :
                            $XDG_CACHE_HOME/urssaf-admin/
      COMPLETE              défini par les scripts de complétion : répondre au shell et ne
                            rien exécuter
topic-formatting =
    Mise en forme :
      -o table   par défaut : un tableau dans un terminal ; dans un tube, des lignes séparées
                 par des tabulations sous une ligne d'en-tête
      -o json    un tableau pour les listes, un objet pour un seul enregistrement ; les noms
                 de champs sont stables
      -o csv     une ligne d'en-tête, puis un enregistrement par ligne (ce que
                 `clients import` et `subscriber import` relisent)
      Les messages, avertissements et erreurs vont sur stderr, les données sur stdout. De
      la couleur seulement dans un terminal, jamais avec NO_COLOR ni --no-color. Les dates
      sont au format ISO 8601 (UTC) en JSON et en CSV, à l'heure locale dans les tableaux.
      -q ne laisse que les données et les erreurs.

## Pages de manuel

man-section-name = NOM
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = SOUS-COMMANDES
man-section-extra = NOTES
man-section-exit-status = CODE DE RETOUR
man-section-environment = ENVIRONNEMENT
man-section-files = FICHIERS
man-section-examples = EXEMPLES
man-section-see-also = VOIR AUSSI
man-file-config = Les profils : l'identifiant, la base de données ou le serveur, l'endroit où le jeton est conservé. Jamais un mot de passe ni un jeton.
man-file-space = L'espace par défaut (SQLite, mode 0600).
man-file-cache = Ce qu'un serveur a envoyé en dernier, pour --offline (mode 0600).
man-file-token = Le jeton de session, seulement après login --insecure-storage (mode 0600) ; sinon il est dans le trousseau du système, service urssaf-admin.
man-example-sheet = La fiche Urssaf (Créer un portefeuille), depuis un terminal :
man-example-bulk = Reprise en masse, vérifiée d'abord, puis écrite, avec un rapport privé :
man-example-ci = Dans un script, avec un jeton fourni par la CI :
