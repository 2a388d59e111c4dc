### Tout ce que l'outil dit à une personne, en français.
### Les noms de champs des sorties JSON et CSV sont une interface : ils ne se traduisent pas.

## Stockage

db-busy = la base de données de l'espace est occupée par une autre commande
hint-retry = Réessayez dans un instant.
db-read-only = la base de données de l'espace est en lecture seule pour vous
hint-db-read-only = Rendez le fichier de la base et son dossier modifiables pour vous (`ls -l` dit qui peut écrire), ou demandez à qui gère l'espace.
db-malformed = la base de l'espace est endommagée (SQLite la dit mal formée)
hint-check = Lancez `urssaf-admin check` pour voir ce qui est endommagé, puis restaurez la dernière sauvegarde (README : « Sauvegarde et restauration »).
db-damaged = la base de l'espace { $path } est endommagée : plus rien n'y est écrit
hint-damaged = Lancez `urssaf-admin check --db { $path }` ; restaurez la dernière sauvegarde (`urssaf-admin backup` les fait), comme le dit la partie « Sauvegarde et restauration » du README.
db-disk-full = le disque de la base de l'espace est plein : rien n'a été écrit
hint-disk-full = Libérez de la place sur ce disque (`df -h` le montre), puis relancez la commande.
db-cannot-open = la base de l'espace ne peut pas être ouverte
db-folder-read-only = le dossier { $dir } est en lecture seule pour vous, et SQLite doit y écrire ses fichiers de journal pour lire ou écrire { $path }
hint-folder-writable = Rendez { $dir } modifiable pour vous (`chmod u+w`), ou copiez la base dans un dossier modifiable et utilisez --db.
side-file-read-only = { $path } est en lecture seule et vous ne pouvez pas le rendre modifiable : l'espace ne peut pas être écrit
backup-exists = { $path } existe déjà : une sauvegarde n'écrase jamais un fichier
hint-backup-other-file = Donnez le nom d'un nouveau fichier, comme espace-$(date +%F).db.
backup-damaged = la copie de { $path } ne passe pas la vérification d'intégrité : l'espace lui-même est peut-être endommagé
backup-written = Sauvegarde de l'espace écrite dans { $path } ({ $size }), vérifiée saine.
check-ok = La base de l'espace { $path } est saine.
check-damaged = La base de l'espace { $path } est endommagée :
maintenance-is-local = check et backup travaillent sur le fichier de la base, et ce profil utilise un serveur
hint-maintenance-on-server = Lancez-les sur la machine du serveur, avec --db et le fichier qu'utilise `serve`.
bytes = { $mib ->
        [0] { $kib } Kio
       *[other] { $mib } Mio
    }
db-not-a-database = ce fichier n'est pas une base de données urssaf-admin
hint-check-db-path = Vérifiez --db ou URSSAF_ADMIN_DB.
db-error = erreur de base de données : { $e }
no-space-at = aucun espace à l'emplacement { $path }
hint-init = Créez-en un avec `urssaf-admin init`, ou indiquez un espace existant avec --db (URSSAF_ADMIN_DB).
space-needs-siren = un espace s'enregistre sous le SIREN du cabinet (9 chiffres), pas sous un SIRET
space-exists = un espace existe déjà à l'emplacement { $path }
hint-use-other-db = Connectez-vous-y avec `urssaf-admin login`, ou indiquez --db pour en créer un autre.
db-too-new = cette base de données a été écrite par une version plus récente d'urssaf-admin (schéma { $found } ; cette version connaît jusqu'au { $known })
hint-upgrade = Mettez à jour urssaf-admin pour utiliser cet espace.
cannot-create = impossible de créer { $path } : { $e }

## Pourquoi le système a refusé

io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-already-exists = il existe déjà
io-is-a-directory = c'est un dossier
io-not-a-directory = une partie du chemin n'est pas un dossier
io-read-only = le système de fichiers est en lecture seule
io-storage-full = le disque est plein
io-connection-refused = connexion refusée
io-connection-reset = la connexion a été coupée
io-unreachable = le réseau ou l'hôte est injoignable
timed-out = pas de réponse à temps

## Identifiants et saisie

id-invalid = SIREN/SIRET « { $input } » invalide : { $reason }
id-reason-length = { $n } { $n ->
        [one] chiffre
       *[other] chiffres
    } au lieu de 9 (SIREN) ou 14 (SIRET)
id-reason-char = caractère inattendu « { $c } »
id-reason-zero = une suite de zéros ne désigne aucune entreprise
id-reason-checksum = la clé de contrôle du { $kind } (Luhn) est fausse
id-reason-siret-siren = son SIREN { $siren } n'est pas valide
hint-id-format = Un SIREN a 9 chiffres, un SIRET 14 ; les espaces et les points entre les groupes sont acceptés (356 000 000).
login-invalid = identifiant « { $login } » invalide
hint-login-format = Un identifiant s'écrit en lettres minuscules, chiffres, « . », « _ » et « - », commence par une lettre ou un chiffre et compte 64 caractères au plus.
email-invalid = adresse électronique « { $email } » invalide
hint-email-format = Donnez une adresse complète, comme jeanne.martin@cabinet.fr.
name-invalid = { $what ->
        [firm] raison sociale
       *[name] nom
    } « { $name } » invalide : de 1 à 200 caractères imprimables sont attendus
hint-name = Donnez le nom tel qu'il est enregistré, entre guillemets s'il contient des espaces.
hint-password = Une longue phrase de passe de quelques mots se retient facilement et se devine difficilement.
password-too-short = le mot de passe est trop court : { $min } caractères au moins
password-too-long = le mot de passe est trop long : { $max } octets au plus
session-not-found = vous n'avez pas de session { $id }
hint-session-list = `urssaf-admin auth status` liste vos sessions et leurs numéros.
digest-too-long = un intervalle de regroupement est de { $max } minutes au plus
digest-set = { $minutes ->
        [0] Les notifications partent aussitôt.
       *[other] Les notifications attendent { $minutes } minutes d'autres changements avant de partir.
    }
portfolio-number-invalid = numéro de portefeuille « { $n } » invalide : les portefeuilles sont numérotés à partir de 1
number-not-plain = numéro de portefeuille « { $n } » invalide : écrivez-le en chiffres seuls, à partir de 1 (par exemple 12)
portfolio-numbered-from-1 = les portefeuilles sont numérotés à partir de 1
passwords-differ = les deux mots de passe diffèrent
password-stdin-empty = aucun mot de passe sur l'entrée standard

## Données françaises et noms (issue 14)
name-hidden-char = { $what ->
        [firm] raison sociale
       *[name] nom
    } « { $name } » invalide : le caractère { $position } est { $code }, un caractère de contrôle, invisible ou qui change le sens du texte

## Connexion

not-signed-in = aucune session n'est ouverte
hint-login = Lancez `urssaf-admin login`, ou définissez URSSAF_ADMIN_TOKEN.
session-expired = votre session a expiré
login-locked = trop de mots de passe erronés : cet identifiant est bloqué encore { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }
hint-locked = Patientez jusque-là : le blocage ne vaut que pour les essais venus d'où venaient ceux-ci. Si vous ne les avez pas faits, prévenez votre administrateur (`urssaf-admin audit list` les montre).
wrong-credentials = identifiant ou mot de passe incorrect
hint-wrong-credentials = Vérifiez l'identifiant et le mot de passe, puis réessayez ; un nouveau compte s'active d'abord avec `urssaf-admin activate --user IDENTIFIANT` et le code de son courriel.
activation-code-wrong = code d'activation erroné, déjà utilisé ou expiré
hint-activation-code = Vérifiez le code reçu par courriel ; un administrateur peut vous en donner un nouveau avec `urssaf-admin subscriber reinvite IDENTIFIANT`.
login-needed = aucun identifiant donné
hint-user-flag = Indiquez --user IDENTIFIANT.
signed-in = Session ouverte pour { $login } (profil { $profile }) jusqu'au { $expires }.
signed-out = Session de { $login } fermée.
sessions-ended = { COUNT($count) } { $count ->
        [one] session
       *[other] sessions
    } de { $login } { $count ->
        [one] fermée
       *[other] fermées
    }.
space-created = Espace de { $name } (SIREN { $siren }) créé à l'emplacement { $path }.
next-login = Ensuite : urssaf-admin login --user { $login }
activated = Compte { $login } activé. Connectez-vous avec : urssaf-admin login --user { $login }

## Identifiants de connexion

keyring-failed = le trousseau du système a échoué : { $e }
keyring-timeout = le trousseau du système n'a pas répondu en { $secs } s
hint-keyring = Déverrouillez ou démarrez votre trousseau (Secret Service), utilisez --insecure-storage pour garder le jeton dans un fichier lisible par vous seul, ou définissez URSSAF_ADMIN_TOKEN.
insecure-storage-warning = attention : le jeton de session est conservé en clair dans { $path } (lisible par vous seul)
credential-file-unreadable = impossible de lire le fichier d'identification { $path } : { $e }
config-unreadable = impossible de lire la configuration { $path } : { $e }
hint-fix-config = Corrigez ou supprimez { $path }.
profile-invalid = nom de profil « { $name } » invalide
hint-profile-format = Un nom de profil s'écrit en lettres, chiffres, « . », « _ » et « - ».

## Questions

prompt-password = Mot de passe
prompt-new-password = Nouveau mot de passe
prompt-repeat-password = Répétez le mot de passe
prompt-login = Identifiant
prompt-activation-code = Code d'activation
# Les réponses proposées après une question oui/non ; non par défaut.
prompt-yes-no = [o/N]
prompt-answer-yes-or-no = Répondez o (oui) ou n (non).
code-needed = un code d'activation est nécessaire et aucun terminal ne permet de le demander
hint-code-flag = Donnez-le sur l'entrée standard avec --code-stdin (--code CODE marche aussi, mais les autres utilisateurs de la machine le voient dans `ps`).
needs-terminal-for-password = un mot de passe est nécessaire et aucun terminal ne permet de le demander
hint-password-stdin = Indiquez --password-stdin et écrivez le mot de passe sur l'entrée standard.
needs-yes = confirmation nécessaire ({ $question }) et aucun terminal ne permet de la demander
hint-yes = Indiquez --yes pour confirmer depuis un script.
cancelled = annulé : rien n'a été modifié
prompt-failed = impossible de lire la réponse au terminal : { $e }

## Questions et trousseau (ticket 14)

needs-yes-no-input = confirmation nécessaire ({ $question }) et les questions sont désactivées par --no-input
login-needed-no-input = aucun identifiant donné, et les questions sont désactivées par --no-input
code-needed-no-input = un code d'activation est nécessaire et les questions sont désactivées par --no-input
password-needed-no-input = un mot de passe est nécessaire et les questions sont désactivées par --no-input
# Dit avant de demander un nouveau mot de passe.
password-rule = Le mot de passe doit compter au moins { $min } caractères ; une phrase de passe de quelques mots se retient facilement et se devine difficilement.
password-tries = aucun mot de passe acceptable après { $tries } essais ({ $reason })
prompt-no-answer = aucune réponse après { $tries } essais : rien n'a été modifié
hint-cancelled = Relancez la commande pour recommencer.
keyring-not-running = aucun trousseau n'est lancé : personne ne répond pour le Secret Service sur le bus de session ({ $e })
keyring-locked = le trousseau est verrouillé ({ $e })
keyring-refused = le trousseau a refusé la demande ({ $e })

## Droits

admin-only = accès refusé : { $login } n'a pas les droits d'administration de l'espace
hint-ask-admin = Adressez-vous à un administrateur de l'espace.

## Portefeuilles

confirm-portfolio-create = Créer un nouveau portefeuille pour { $firm } ?
portfolio-created = Portefeuille { $number } créé (tiers déclarant : { $firm }).
portfolio-would-create = Le portefeuille { $number } serait créé (tiers déclarant : { $firm }) ; rien n'a été modifié.
portfolio-not-found = le portefeuille { $n } n'existe pas
hint-portfolio-list = Consultez les portefeuilles avec `urssaf-admin portfolio list`.
portfolio-not-yours = accès refusé : vous n'avez pas d'abonnement au portefeuille { $n }

## Abonnés

email-needed-for-new = { $login } n'a pas encore de compte : une adresse électronique est nécessaire pour le créer
hint-email-flag = Indiquez --email (et --name) pour un nouveau collaborateur.
already-subscribed = { $login } est déjà abonné au portefeuille { $n }
hint-subscriber-list = Consultez les abonnés avec `urssaf-admin subscriber list --portfolio { $n }`.
subscription-not-found = { $login } n'est pas abonné au portefeuille { $n }
handover-same = { $login } ne peut pas se passer ses propres portefeuilles
handover-to-disabled = le compte de { $login } est désactivé : réactivez-le avant de lui passer des portefeuilles
handover-nothing = { $login } n'a aucun abonnement à passer
confirm-transfer = Donner { $count } portefeuilles de { $from } à { $to }, et les retirer à { $from } ?
transferred = { $given } portefeuilles donnés à { $to } ({ $count } de { $from } ; { $withdrawn } retirés à { $from }).
user-not-found = aucun utilisateur « { $login } » dans l'espace
user-already-disabled = le compte de { $login } est déjà désactivé
user-not-disabled = le compte de { $login } n'est pas désactivé
account-disabled = le compte de { $login } est désactivé : il ne peut plus se connecter
hint-account-disabled = Demandez à un administrateur de le réactiver (`urssaf-admin user enable`).
user-disabled = Compte de { $login } désactivé : sessions fermées partout, abonnements suspendus, rien de supprimé.
user-enabled = Compte de { $login } réactivé ; les abonnements suspendus par la désactivation reprennent.
confirm-user-disable = Désactiver le compte de { $login } (sessions fermées aussitôt, abonnements suspendus) ?
hint-add-subscriber-first = Créez-lui d'abord un compte avec `urssaf-admin subscriber add`.
nothing-to-modify = rien à modifier
hint-modify-flags = Indiquez --name, --email, --suspend ou --resume.
subscriber-added = { $login } est abonné au portefeuille { $n }.
subscriber-would-add = { $creates ->
        [yes] Le compte { $login } serait créé et abonné au portefeuille { $n } ; rien n'a été modifié.
       *[no] { $login } serait abonné au portefeuille { $n } ; rien n'a été modifié.
    }
account-created-code = Compte { $login } créé. Code d'activation (affiché une seule fois, valable jusqu'au { $expires }) : { $code }
account-code-sent = Transmettez-le à { $login }, qui lance `{ $command }` et le tape quand il est demandé.
subscriber-modified = Abonnement de { $login } au portefeuille { $n } modifié.
confirm-subscriber-remove = Retirer l'abonnement de { $login } au portefeuille { $n } ?
subscriber-removed = Abonnement de { $login } au portefeuille { $n } retiré.
dry-run-nothing-changed = Simulation : la modification est valide ; rien n'a été modifié.


## First ten minutes: init, the profile and the space in use

prompt-siren = SIREN du cabinet
prompt-firm-name = Sa raison sociale
prompt-admin-login = Votre identifiant (premier administrateur)
prompt-admin-email = Votre adresse électronique
too-many-tries = trop de réponses erronées
init-needs = il manque { $flags } : sans terminal, init prend tout en options
hint-init-flags = Donnez-les toutes : `urssaf-admin init --siren SIREN --name NOM --admin IDENTIFIANT --email COURRIEL --password-stdin`.
init-profile-taken = le profil { $profile } utilise déjà l'espace { $space }, et init n'y change rien
hint-init-profile = Donnez au nouvel espace son propre profil : `urssaf-admin --profile NOM init --db CHEMIN ...`, puis `--profile NOM` aux commandes suivantes.
space-ready = Session ouverte pour { $login } (profil { $profile }). Ensuite : urssaf-admin portfolio create
profile-unknown = aucune session n'est ouverte : il n'y a pas de profil { $profile }
hint-profile-unknown = Profils connus : { $profiles }. Ouvrez une session dans un nouveau avec `urssaf-admin --profile { $profile } login --db CHEMIN` (ou --api-url URL).
error-about = { $message } (profil { $profile }, espace { $space })
hint-activate-where = Lancez la commande donnée par votre administrateur : pour l'espace d'un serveur, elle nomme le serveur (--api-url URL).
welcome-mail-sent = Son courriel de bienvenue porte un code à lui ; l'un ou l'autre sert, une fois.
welcome-mail-queued = Son courriel de bienvenue attend dans la file d'envoi : l'espace n'a pas encore de serveur de courrier (urssaf-admin settings set smtp URL).
hint-digest = Donnez des minutes de 0 (envoi immédiat, ou `off`) à 1440 (un jour).
hint-start-over = Redemandez la première page, sans curseur.
hint-new-run = Relancez l'import : il aura un lot à lui.
hint-people-list = Voyez qui a un compte avec `urssaf-admin subscriber list` et `urssaf-admin admin list`.
hint-already-done = Rien à faire : c'est déjà le cas.
hint-space-siren = Les 9 premiers chiffres d'un SIRET sont le SIREN de l'entreprise.
already-active = { $login } a déjà activé son compte : aucun code n'est nécessaire
reinvited = Nouveau code d'activation pour { $login } (affiché une fois, valable jusqu'au { $expires }) : { $code }
reinvited-rest = Tous ses codes précédents sont annulés. Transmettez-le à { $login }, qui lance `{ $command }`.
reinvite-would = Donnerait à { $login } un nouveau code d'activation ; rien n'a été modifié.
would-notify = Serait notifié : { $logins }.
would-notify-nobody = Ne notifierait personne.
lang-env-unknown = URSSAF_ADMIN_LANG={ $value } n'est pas une langue que parle urssaf-admin (fr ou en) : elle est ignorée
hint-admin-list = Voyez-les avec `urssaf-admin admin list`.
hint-keep-email = Omettez --email pour garder l'adresse connue, ou changez-la avec `urssaf-admin subscriber modify`.
hint-import-report-written = { $path } donne, pour chaque ligne, ce qu'elle est devenue.
token-env-invalid = le jeton de URSSAF_ADMIN_TOKEN n'est pas valide (ou sa session a pris fin)
hint-token-env = Obtenez-en un nouveau avec `urssaf-admin auth token` là où votre session est ouverte, ou retirez URSSAF_ADMIN_TOKEN pour utiliser la session du profil.

## Administrateurs

already-admin = { $login } a déjà les droits d'administration
not-an-admin = { $login } n'a pas les droits d'administration
last-admin = { $login } est le dernier administrateur qui peut se connecter : l'espace doit en garder au moins un{ $waiting ->
        [0] {""}
        [one] {" "}(l'autre de la liste n'a pas encore activé son compte)
       *[other] {" "}(les { $waiting } autres de la liste n'ont pas encore activé leur compte)
    }
hint-add-admin-first = Nommez d'abord un autre administrateur avec `urssaf-admin admin add IDENTIFIANT`.
admin-added = { $login } a désormais les droits d'administration.
confirm-admin-remove = Retirer { $login } des administrateurs ?
admin-removed = { $login } n'a plus les droits d'administration.

## Clients

client-not-found = aucun client { $id } dans l'espace
hint-clients-list = Cherchez avec `urssaf-admin clients list --search TEXTE`.
client-not-yours = accès refusé : le client { $id } n'est pas dans vos portefeuilles
client-exists = l'entreprise { $id } est déjà cliente, dans le portefeuille { $portfolio }
hint-client-move = Une entreprise est dans un seul portefeuille à la fois : déplacez-la avec `urssaf-admin clients move '{ $id }' --to N`.
client-already-in = le client { $id } est déjà dans le portefeuille { $portfolio }
client-added = { $name } ({ $id }) ajouté au portefeuille { $portfolio }.
client-moved = Client { $id } déplacé du portefeuille { $from } au portefeuille { $to }.
confirm-client-remove = Retirer le client { $name } ({ $id }) du portefeuille { $portfolio } ?
client-removed = Client { $id } retiré du portefeuille { $portfolio }.
cursor-invalid = curseur de page invalide : redonnez tel quel le next_cursor de la page précédente
limit-invalid = limite « { $v } » invalide : donnez un nombre entier à partir de 1

## Envoi des courriels (R10)

smtp-url-invalid = serveur SMTP « { $input } » invalide : { $reason }
hint-smtp-url = Par exemple smtp://utilisateur@mail.cabinet.fr:587 (STARTTLS), smtps://utilisateur@mail.cabinet.fr:465, ou smtp+plain://127.0.0.1:25 sur cette machine ; `none` arrête l'envoi.
smtp-reason-host = aucun hôte
smtp-reason-password = le mot de passe ne va pas dans l'URL : il est demandé, ou lu avec --password-stdin
smtp-reason-plain = smtp+plain (sans TLS) est réservé à un serveur sur cette machine (127.0.0.1)
smtp-reason-scheme = « { $scheme } » n'est ni smtp, ni smtps, ni smtp+plain
sender-invalid = expéditeur « { $input } » invalide
hint-sender = Par exemple "Cabinet Dupont <noreply@cabinet.fr>", ou une adresse seule.
smtp-failed = le serveur SMTP : { $e }
smtp-no-password = aucun mot de passe SMTP pour cet espace
hint-smtp-password = Définissez-le avec `urssaf-admin settings set smtp URL` (il va dans le trousseau), ou dans URSSAF_ADMIN_SMTP_PASSWORD.
smtp-no-sender = aucune adresse d'expéditeur pour les notifications
hint-smtp-sender = Définissez-la avec `urssaf-admin settings set smtp-from "Cabinet Dupont <noreply@cabinet.fr>"`.
smtp-not-set = aucun serveur SMTP n'est défini pour cet espace
delivered = { COUNT($sent) } { $sent ->
        [one] envoyée
       *[other] envoyées
    }, { COUNT($failed) } en échec (nouvel essai plus tard)
delivery-failed-after-change = les notifications n'ont pas été envoyées par { $server } : { $e }
hint-notifications-send = Elles restent en attente : `urssaf-admin notifications send` réessaie.
delivery-is-the-servers = un serveur envoie lui-même ses notifications
hint-server-smtp = Définissez le serveur SMTP avec `settings set smtp`, et son mot de passe là où tourne le serveur (URSSAF_ADMIN_SMTP_PASSWORD ou serve --smtp-password-file).
smtp-set = Les notifications sont envoyées par courriel via { $url }.
smtp-unset = Les notifications ne sont plus envoyées par courriel.
smtp-from-set = Les notifications viennent de { $from }.
smtp-from-unset = Aucun expéditeur n'est défini pour les notifications.
cannot-read-file = impossible de lire { $path } : { $e }
password-file-open = { $path } est lisible par d'autres utilisateurs
hint-chmod-600 = Lancez `chmod 600 { $path }`.
mail-log = courriels : { COUNT($sent) } { $sent ->
        [one] envoyé
       *[other] envoyés
    }, { COUNT($failed) } en échec
mail-log-error = courriel : { $e }
mail-when = Quand : { $at }
mail-footer = L'espace Urssaf de { $firm }, par urssaf-admin. Vous recevez ce message parce que la modification vous concerne.
smtp-password-kept = Le mot de passe SMTP est dans le trousseau du système.
prompt-smtp-password = Mot de passe SMTP
one-setting-at-a-time = indiquez exactement un réglage à modifier

## Aide

no-help-for = aucun sujet d'aide ni aucune commande « { $words } »
hint-help-topics = Sujets : exit-codes, environment, formatting. Commandes : urssaf-admin --help.

## Import en masse

import-run-invalid = un lot se nomme par 8 à 64 lettres, chiffres ou tirets
import-run-taken = ce lot appartient à un autre administrateur ou à un autre type d'import
import-client-added = ajouté au portefeuille { $portfolio }
import-client-already-in = déjà dans le portefeuille { $portfolio }
import-client-elsewhere = déjà client dans le portefeuille { $portfolio } (--move le déplace)
import-client-moved = déplacé depuis le portefeuille { $from }
import-other-siret = cette entreprise est déjà cliente avec un autre établissement, SIRET { $held }
import-subscribed = abonné au portefeuille { $portfolio }
import-subscribed-new-account = abonné au portefeuille { $portfolio } ; nouveau compte
import-subscribed-new-code = abonné au portefeuille { $portfolio } ; nouveau code d'activation (le précédent avait expiré)
import-already-subscribed = déjà abonné au portefeuille { $portfolio }
import-email-differs = { $login } a déjà un compte, avec une autre adresse ({ $email })
import-duplicate = la même clé figure déjà à la ligne { $first } du fichier
import-stopped = le serveur a refusé le paquet à partir de la ligne { $line } : les lignes précédentes sont écrites, aucune des suivantes
import-interrupted = L'import a été interrompu : { COUNT($written) } { $written ->
        [one] ligne a été écrite
       *[other] lignes ont été écrites
    } avant, par lots entiers ; aucune après.
hint-import-rerun = Relancez le même fichier quand le serveur répond : les lignes déjà écrites sont passées, les autres écrites.
import-other-email = { $login } a une autre adresse à la ligne { $line }
import-duplicate-earlier = la même entreprise figure sur une ligne précédente du fichier
import-field-count = { $found } { $found ->
        [one] champ
       *[other] champs
    } alors que l'en-tête en a { $expected } (une valeur contenant le séparateur doit être entre guillemets)
import-not-utf8 = texte UTF-8 invalide (un fichier Windows-1252 ? ajoutez --encoding windows-1252)
import-not-text = texte { $encoding } invalide
import-cannot-read = impossible de lire { $path } : { $e }
hint-import-file = Vérifiez le chemin ; `-` lit le fichier sur l'entrée standard.
import-empty = le fichier est vide : il lui faut une ligne d'en-tête
import-missing-column = ligne 1 : l'en-tête n'a pas de colonne « { $column } » (colonnes trouvées : { $found })
hint-import-header = La première ligne nomme les colonnes, dans n'importe quel ordre : { $expected }.
hint-import-encoding = Un fichier enregistré par Excel en « CSV (séparateur : point-virgule) » est souvent en Windows-1252 : ajoutez --encoding windows-1252.
cannot-write-report = impossible d'écrire le rapport { $path } : { $e }
report-is-input = le rapport { $path } est le fichier importé
hint-report-elsewhere = Donnez un autre nom de fichier à --report.
import-row-failed = ligne { $line }, { $column } : { $message }
import-row-failed-no-column = ligne { $line } : { $message }
import-summary = { COUNT($created) } { $created ->
        [one] créé
       *[other] créés
    }, { COUNT($skipped) } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }, { COUNT($failed) } en échec
import-summary-moved = { COUNT($created) } { $created ->
        [one] créé
       *[other] créés
    }, { COUNT($moved) } { $moved ->
        [one] déplacé
       *[other] déplacés
    }, { COUNT($skipped) } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }, { COUNT($failed) } en échec
import-unwritten-summary = { $dry ->
        [yes] Simulation
       *[no] Refusé
    } : { COUNT($created) } à créer, { COUNT($skipped) } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }, { COUNT($failed) } en échec ; rien n'a été écrit
import-unwritten-summary-moved = { $dry ->
        [yes] Simulation
       *[no] Refusé
    } : { COUNT($created) } à créer, { COUNT($moved) } à déplacer, { COUNT($skipped) } { $skipped ->
        [one] ignoré
       *[other] ignorés
    }, { COUNT($failed) } en échec ; rien n'a été écrit
import-refused = { COUNT($failed) } { $failed ->
        [one] ligne invalide
       *[other] lignes invalides
    } : rien n'a été écrit
hint-import-refused = Corrigez les lignes ci-dessus et relancez, ou écrivez les lignes valides avec --skip-invalid.
import-partial = { COUNT($failed) } { $failed ->
        [one] ligne en échec
       *[other] lignes en échec
    } ; les lignes valides ont été écrites
hint-import-report = --report FICHIER donne, pour chaque ligne, ce qu'elle est devenue.
import-codes-kept = { COUNT($n) } { $n ->
        [one] code d'activation
       *[other] codes d'activation
    } dans { $path } (lisible par vous seul) ; le message de bienvenue de chaque nouveau venu porte un code à lui (`urssaf-admin notifications list` dit s'il est parti).
import-codes-sent = { COUNT($n) } { $n ->
        [one] nouveau compte
       *[other] nouveaux comptes
    } : le code d'activation de chaque nouveau venu est dans son message de bienvenue (`urssaf-admin notifications list` dit s'il est parti ; --report FICHIER en garde une copie).

## Réglages

third-party-label = L'inscription de votre SIREN par un tiers déclarant est autorisée
language-label = Langue des notifications
on = oui
off = non
setting-set = { $label } : { $value }.
language-name = { $lang ->
        [fr] français
       *[en] anglais
    }

## État de la connexion

token-in-keyring = trousseau (service urssaf-admin, compte { $profile })
token-in-environment = environnement (URSSAF_ADMIN_TOKEN)
token-in-file = fichier { $path }
status-line = Session ouverte pour { $login }.
status-line-admin = Session ouverte pour { $login } (droits d'administration).

## En-têtes et valeurs des tableaux

header-number = Numéro
header-tiers-declarant = Tiers déclarant
header-created = Créé le
header-clients = Clients
header-subscribers = Abonnés
header-login = Identifiant
header-name = Nom
header-email = Courriel
header-portfolio = Portefeuille
header-status = État
header-since = Depuis le
header-admin = Administrateur
header-siren = SIREN
header-siret = SIRET
header-at = Quand
header-actor = Qui
header-action = Quoi
header-target = Sur
header-detail = Détail
header-recipient = À
header-subject = Objet
header-last-error = Dernière erreur
header-field = Champ
header-value = Valeur
header-id = N°
header-vat = N° TVA
header-profile = Profil
header-space = Espace
header-credential = Jeton
header-third-party-registration = Inscription par un tiers déclarant
header-smtp = Serveur SMTP
header-smtp-from = Expéditeur des notifications
header-language = Langue des notifications
header-attempts = Essais
header-last-used = Dernier usage
header-expires = Expire
header-source = Depuis
header-current = Celle-ci
header-digest = Regroupement des notifications
digest-minutes = { $minutes ->
        [0] aussitôt
       *[other] toutes les { $minutes } min
    }
audit-action = { $code ->
        [space-init] espace créé
        [user-create] compte créé
        [user-activate] compte activé
        [user-reinvite] code d'activation renouvelé
        [session-login] connexion
        [session-logout] déconnexion
        [session-locked] identifiant bloqué
        [portfolio-create] portefeuille créé
        [subscription-add] abonnement ajouté
        [subscription-modify] abonnement modifié
        [subscription-remove] abonnement retiré
        [admin-add] droits d'administration donnés
        [admin-remove] droits d'administration retirés
        [client-add] client ajouté
        [client-move] client déplacé
        [client-remove] client retiré
        [user-disable] compte désactivé
        [user-enable] compte réactivé
        [client-rename] client renommé d'après le registre
        [settings-set] réglage modifié
        [clients-import] import de clients
        [subscribers-import] import d'abonnés
        [user-export] données personnelles exportées
        [user-erase] compte effacé
        [audit-purge] journal purgé
       *[other] { $code }
    }
audit-target = { $kind ->
        [user] utilisateur { $id }
        [portfolio] portefeuille { $id }
        [client] client { $id }
        [space] espace { $id }
        [run] lot { $id }
       *[other] { $id }
    }
audit-portfolio = portefeuille
yes = oui
no = non
status-active = actif
status-pending = en attente
status-suspended = suspendu
status-disabled = désactivé
status-sent = envoyée
status-failed = en échec

## Notifications (R10), dans la langue de l'espace

notice-portfolio-created-subject = Portefeuille { $number } créé
notice-portfolio-created-body = { $actor } a créé le portefeuille { $number } pour { $firm } le { $at }.
notice-subscribed-subject = Accès au portefeuille { $portfolio }
notice-subscribed-body = { $actor } vous a donné accès au portefeuille { $portfolio } de l'espace.
notice-account-created = Un compte a été créé pour vous, identifiant { $login }. Choisissez votre mot de passe avec :
notice-account-code = puis tapez ce code quand il vous est demandé : { $code }
notice-account-expires = Il ne sert qu'une fois, jusqu'au { $expires }.
notice-account-code-by-email = Votre code d'activation est dans le courriel qui vous a été envoyé, et seulement là.
notice-account-already-active = Ce compte est déjà activé : ouvrez une session avec `urssaf-admin login`.
notice-merged-subject = { COUNT($count) } { $count ->
        [one] changement
       *[other] changements
    } dans l'espace
notice-merged-intro = { COUNT($count) } { $count ->
        [one] changement vous concerne
       *[other] changements vous concernent
    } :
notice-merged-more = et { COUNT($count) } { $count ->
        [one] autre changement
       *[other] autres changements
    }.
notice-subscription-changed-subject = Abonnement de { $login } au portefeuille { $portfolio } : { $what }
notice-subscription-changed-body = { $actor } a modifié l'abonnement de { $login } au portefeuille { $portfolio } : { $what }.
change-added = ajouté
change-withdrawn = retiré
change-suspended = suspendu
change-resumed = repris
change-name = nouveau nom : { $value }
change-email = nouvelle adresse : { $value }
notice-activated-subject = { $login } a activé son compte
notice-activated-body = { $login } a choisi un mot de passe et peut désormais se connecter.
notice-admin-added = a nommé { $login } administrateur
notice-admin-removed = a retiré { $login } des administrateurs
notice-admin-subject = Administration : { $actor } { $what }
notice-admin-body = { $actor } { $what }.
notice-user-disabled = a désactivé le compte de { $login } (sessions fermées, abonnements suspendus)
notice-user-enabled = a réactivé le compte de { $login }
notice-client-added = a ajouté { $name } ({ $id }) au portefeuille { $portfolio }
notice-client-moved-out = a sorti { $name } ({ $id }) du portefeuille { $portfolio }
notice-client-moved-in = a déplacé { $name } ({ $id }) dans le portefeuille { $portfolio }
notice-client-removed = a retiré { $name } ({ $id }) du portefeuille { $portfolio }
notice-client-renamed = a renommé { $from } ({ $id }), du portefeuille { $portfolio }, en { $name }, le nom que donne le registre des entreprises
notice-client-subject = Clients : { $what }
notice-client-added-subject = ajout de { $name } ({ $id }) au portefeuille { $portfolio }
notice-client-moved-out-subject = départ de { $name } ({ $id }) du portefeuille { $portfolio }
notice-client-moved-in-subject = arrivée de { $name } ({ $id }) dans le portefeuille { $portfolio }
notice-client-removed-subject = retrait de { $name } ({ $id }) du portefeuille { $portfolio }
notice-client-renamed-subject = { $name } ({ $id }) renommé dans le portefeuille { $portfolio }
notice-client-body = { $actor } { $what }.
notice-setting-subject = Réglage modifié : { $setting }
notice-setting-body = { $actor } a modifié un réglage de l'espace. { $setting }
notice-import-access = accès au portefeuille { $list }
notice-import-welcome = { $actor } vous a donné accès au portefeuille { $list } de l'espace.
notice-import-portfolio = portefeuille { $portfolio }
notice-import-counts = Portefeuille { $portfolio }, par { $actor } : { $counts }.
notice-import-added = { COUNT($n) } { $n ->
        [one] client ajouté
       *[other] clients ajoutés
    }
notice-import-moved-in = { COUNT($n) } { $n ->
        [one] client arrivé
       *[other] clients arrivés
    }
notice-import-moved-out = { COUNT($n) } { $n ->
        [one] client parti
       *[other] clients partis
    }
notice-import-subscribed = { COUNT($n) } { $n ->
        [one] collaborateur abonné
       *[other] collaborateurs abonnés
    }
notice-import-verb-added = ajouté
notice-import-verb-moved-in = arrivé
notice-import-verb-moved-out = parti
notice-import-verb-subscribed = abonné
notice-import-more = et { COUNT($n) } de plus
notice-import-started = (import en masse commencé le { $at })
notice-import-subject = Import en masse par { $actor } : { $subjects }

## Serveur

batch-too-large = une requête d'import porte au plus { $max } lignes
no-such-route = route inconnue
internal-error = erreur interne
plain-http-refused = refus de servir en HTTP non chiffré sur { $addr }, qui n'est pas une adresse de bouclage
hint-tls = Indiquez --tls-cert et --tls-key, ou --insecure-plain-http si un proxy en amont assure le TLS.
plain-http-warning = ATTENTION : service en HTTP NON CHIFFRÉ sur { $addr } : mots de passe et jetons traversent le réseau en clair
cannot-listen = impossible d'écouter sur { $addr } : { $e }
serving = Espace { $db } servi à l'adresse { $url }
server-stopped = Serveur arrêté.
tls-files-invalid = impossible d'utiliser le certificat TLS { $cert } et la clé { $key } : { $e }

## Espace distant

ca-cert-unreadable = impossible d'utiliser le certificat d'autorité { $path } : { $e }
http-client-failed = impossible de préparer HTTPS : { $e }
bad-server-answer = le serveur { $url } a donné une réponse que cette version ne comprend pas : { $e }
server-unreachable = impossible de joindre le serveur { $url } : { $cause }
server-no-answer = aucune réponse du serveur { $url } en { $seconds } s
offline-fallback = Le serveur n'a pas répondu : voici ce qu'il a dit en dernier.
server-status = le serveur { $url } a répondu par le statut HTTP { $status }, pas comme urssaf-admin le fait
request-refused = { $status ->
        [413] le serveur a refusé la requête (HTTP 413) : elle est trop volumineuse
        [503] le serveur n'a pas terminé la requête à temps (HTTP 503) ; elle a pu être exécutée quand même
       *[other] le serveur a refusé la requête (HTTP { $status }) : l'adresse, les paramètres ou le contenu sont mal formés
    }
hint-server-down = Vérifiez que `urssaf-admin serve` y tourne et que l'adresse est juste ; seuls `clients list` et `portfolio list` peuvent répondre avec ce qui a été récupéré en dernier (--offline), les modifications ont besoin du serveur.
api-url-invalid = adresse de serveur « { $url } » invalide
hint-api-url = Donnez une adresse complète, comme https://urssaf-admin.cabinet.fr ou http://127.0.0.1:8080.
db-and-api-url = URSSAF_ADMIN_DB et URSSAF_ADMIN_API_URL sont toutes deux définies : de quel espace s'agit-il ?
hint-db-and-api-url = Supprimez l'une des deux, ou indiquez --db ou --api-url.
plain-http-to-remote = refus d'envoyer un mot de passe ou un jeton en clair à { $url }
hint-use-https = Utilisez https:// (http:// sans chiffrement est réservé à un serveur sur cette machine).
init-is-local = init crée un espace dans une base de données locale, pas sur un serveur
hint-init-on-server = Lancez `urssaf-admin init --db CHEMIN` sur la machine du serveur, puis `urssaf-admin serve --db CHEMIN`.
offline-needs-remote = --offline lit la copie locale de l'espace d'un serveur ; ce profil utilise une base de données locale
hint-offline = Un espace local n'a pas besoin de copie : lancez la commande sans --offline.
offline-age = hors ligne : tel que récupéré du serveur le { $at } (il y a { $minutes } min)
offline-empty = hors ligne : rien n'a encore été récupéré pour ce profil

## Le registre des entreprises (API Recherche d'entreprises)

register-unchecked = le registre des entreprises n'a pas pu être interrogé, le nom donné n'est donc pas vérifié : { $reason }
register-not-found = le registre des entreprises ne connaît pas l'entreprise { $siren } (inconnue, ou non diffusée)
register-duplicate = le SIREN { $siren } est un doublon dans le registre des entreprises : le SIREN de l'entreprise est { $kept }
register-ceased = l'entreprise { $siren } a cessé son activité le { $closed }, selon le registre des entreprises
register-other-name = le registre des entreprises nomme cette entreprise { $name } ; le nom donné est gardé
register-no-name = le registre des entreprises ne diffuse pas le nom de l'entreprise { $siren }
register-unreachable = le registre des entreprises à l'adresse { $url } n'a pas répondu : { $reason }
register-url-invalid = URSSAF_ADMIN_REGISTER_URL n'est pas une adresse http:// ou https:// : { $url }
hint-register-url = Donnez à URSSAF_ADMIN_REGISTER_URL l'adresse du registre ou d'un miroir (par défaut https://recherche-entreprises.api.gouv.fr), ou retirez-la.
hint-register-down = Réessayez plus tard ; `clients add` avec --name se passe du registre.
hint-register-name = Donnez vous-même la raison sociale avec --name.
hint-allow-ceased = Vérifiez d'abord auprès du client ; ajoutez-le malgré tout avec --allow-ceased.
hint-register-duplicate = Utilisez plutôt le SIREN { $siren }.
client-name-from-register = Nom repris du registre des entreprises : { $name }.
register-eta = Interrogation du registre des entreprises pour { $count } entreprises : environ { $time } à { $rate } par seconde.
register-interrupted = arrêt après { $done } entreprises sur { $total } ; les réponses déjà reçues sont gardées : relancez la commande pour continuer
register-summary = { $checked } clients vérifiés : { $ok } sans remarque, { $attention } à examiner ({ $asked } demandés au registre, { $known } déjà connus).
register-findings = { $count } clients sont à examiner (constats autres que ok)
hint-register-findings = Examinez chaque constat ; `clients verify --fix-names` reprend les noms du registre pour les clients renommés.
register-renamed = { $count } clients renommés d'après le registre des entreprises.
register-progress = registre
register-max-age-set = Les réponses du registre des entreprises sont gardées { $days } jours.
value-register-max-age = un nombre de jours, de 0 (toujours demander) à 365
value-audit-date = une date comme 2026-01-15 ou 15/01/2026, ou un instant comme 2026-01-15T08:00:00Z
value-audit-target = un SIREN ou SIRET, `portfolio N`, ou un identifiant
audit-time-invalid = ce n'est pas un instant : { $t }
value-idle-days = un nombre de jours, de 1 à 3650
header-finding = Constat
header-register-name = Nom au registre
header-closed = Fermeture
header-checked = Vérifié le
header-state = État
header-head-office = Siège
header-address = Adresse
header-duplicate-of = SIREN à utiliser
header-register-max-age = Réponses du registre gardées
header-role = Rôle
header-portfolios = Portefeuilles
header-findings = Constats
header-account = Compte
header-subscription = Abonnement
header-sees = Le voit
header-last-sign-in = Dernière connexion
role-administrator = administrateur
role-subscriber = abonné
never = jamais
header-from = De
header-to = À
header-given = Donné
header-withdrawn = Retiré
register-max-age-days = { $days } jours

## Erreurs

error-prefix = erreur
hint-prefix = astuce
warning-prefix = attention
# Un libellé et son texte, comme dans « erreur : ... » ou « Quand : ... ».
labelled = { $label } : { $text }
internal-bug = erreur interne dans urssaf-admin : { $info }
hint-bug = c'est un bogue ; signalez-le avec la commande que vous avez lancée.

## Personal data and retention

audit-retention-set = Le journal est gardé { $months } mois.
notification-retention-set = Le texte des notifications envoyées est gardé { $days } jours.
value-audit-retention = un nombre de mois, de 1 à 120
value-notification-retention = un nombre de jours, de 1 à 3650
header-audit-retention = Journal gardé
header-notification-retention = Texte des messages gardé
retention-months = { $months } mois
export-not-yours = seul un administrateur peut exporter les données personnelles de { $login }
hint-export-own = Exportez les vôtres avec `urssaf-admin user export` et votre identifiant.
erase-active = le compte de { $login } est { $status ->
        [pending] en attente d'activation
       *[active] actif
    } : désactivez-le avant de l'effacer
hint-disable-first = Lancez d'abord `urssaf-admin user disable` ; un effacement est définitif.
erase-erased = le compte { $login } est déjà effacé
confirm-user-erase = Effacer { $login } définitivement : nom, adresse et identifiant remplacés partout par { $pseudonym }, messages qui lui étaient adressés vidés ? C'est irréversible.
user-erased = { $login } effacé : désormais { $pseudonym } dans le compte, { $entries } entrées du journal et { $messages } messages ; { $subscriptions } abonnements retirés.
user-would-erase = Effacerait { $login } sous le nom { $pseudonym } ({ $entries } entrées du journal, { $messages } messages, { $subscriptions } abonnements) ; rien n'a été modifié.
notice-user-exported = a exporté les données personnelles de { $login }
notice-user-erased = a effacé le compte d'une personne partie (désormais { $pseudonym })
confirm-audit-purge = Supprimer { $entries } entrées du journal antérieures au { $before } et le texte de { $bodies } messages ?
audit-purged = { $entries } entrées du journal antérieures au { $before } et le texte de { $bodies } messages supprimés.
audit-would-purge = Supprimerait { $entries } entrées du journal antérieures au { $before } et le texte de { $bodies } messages ; rien n'a été modifié.
purge-log = durées de conservation appliquées : { $entries } entrées du journal et le texte de { $bodies } messages supprimés
purge-log-error = durées de conservation non appliquées : { $reason }
user-exported = Données personnelles de { $login } écrites dans { $path } (lisible par vous seul).
rebuild-failed = la modification est faite, mais le fichier de la base n'a pas pu être réécrit pour effacer de son espace libre ce qu'elle a supprimé : { $reason }
hint-rebuild = Lancez `urssaf-admin audit purge --yes` quand l'espace est plus calme : il réécrit aussi le fichier.

## Mandates (lettres de mission) and the portal

header-require-mandate = Lettre de mission signée exigée
header-mandate = Lettre de mission
header-signed = Signée le
header-reference = Référence
header-until = Jusqu'au
header-renews = Reconduction
header-next-date = Fin ou reconduction
mandate-state = { $state ->
        [valid] valide
        [expiring] bientôt échue
        [expired] échue
       *[missing] absente
    }
renews-yearly = annuelle
value-mandate-date = une date comme 15/01/2026 ou 2026-01-15
value-expiring-days = un nombre de jours, de 1 à 3650
mandate-signed-future = la lettre de mission ne peut pas être signée dans le futur ({ $date })
mandate-ends-before = la lettre de mission ne peut pas finir ({ $until }) avant sa signature ({ $signed })
mandate-until-or-renews = une lettre de mission finit un jour donné (--until) ou se reconduit chaque année (--renews), pas les deux
mandate-reference-invalid = une référence fait au plus { $max } caractères imprimables
mandate-not-found = aucune lettre de mission n'est enregistrée pour { $id }
mandate-required = l'espace exige une lettre de mission signée pour chaque client : aucune pour { $id }
hint-mandate-signed = Donnez le jour de signature de la lettre de mission avec --mandate-signed (une colonne mandat_signe dans un fichier), ou levez la règle avec `urssaf-admin settings set require-mandate off`.
mandate-set = Lettre de mission de { $id } enregistrée : { $state }.
mandate-cleared = Lettre de mission de { $id } effacée.
confirm-mandate-clear = Effacer la lettre de mission enregistrée pour { $id } ?
notice-client-mandate-set-subject = Lettre de mission de { $name } ({ $id }) enregistrée
notice-client-mandate-set = a enregistré la lettre de mission de { $name } ({ $id }), du portefeuille { $portfolio } : { $terms }
notice-client-mandate-cleared-subject = Lettre de mission de { $name } ({ $id }) effacée
notice-client-mandate-cleared = a effacé la lettre de mission de { $name } ({ $id }), du portefeuille { $portfolio }
sync-name-needed = pas de nom pour ce nouveau client : ajoutez une colonne name, ou laissez le registre des entreprises le donner
sync-file-line = ligne { $line } : { $id } : { $message }
export-problem = { $id } ({ $name }) : enregistré par son seul SIREN, et son siège n'est pas connu : absent du fichier
hint-export-problem = Apprenez son siège avec `urssaf-admin clients lookup SIREN` (ou `clients verify`), puis exportez de nouveau.
export-partial = { $count } clients n'ont pas pu être écrits dans le fichier (voir ci-dessus)
export-written = { $lines } lignes écrites dans { $path } (portefeuille { $n }). Ouvrez-le avec un éditeur de texte, pas Excel : réenregistré depuis Excel, un SIRET perd ses zéros de tête.
sync-add = + ajouter   { $id }  { $name }
sync-move-in = > déplacer  { $id }  { $name } (depuis le portefeuille { $from })
sync-remove = - retirer   { $id }  { $name }
sync-unchanged = { $count } inchangés
sync-nothing = Rien à changer : le portefeuille { $n } contient déjà ce que le fichier déclare.
sync-refused = { $count } lignes du fichier ne peuvent pas être prises : rien n'a été modifié
hint-sync-refused = Corrigez ces lignes et relancez la commande.
confirm-sync = Appliquer ces { $count } changements au portefeuille { $n } ?
sync-applied = { $count } changements appliqués au portefeuille { $n }.
sync-would = Appliquerait { $count } changements au portefeuille { $n } ; rien n'a été modifié.
sync-bad-line = ni SIRET;1 ni SIRET;0
sync-no-column = le fichier n'a ni colonne siren ni colonne siret (colonnes : { $found })
