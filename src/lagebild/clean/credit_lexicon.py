"""Photo agencies, picture desks and credit words, as they appear in German news credits
(`Foto: IMAGO/ABACAPRESS; ZUMA Press`, `Foto: Kay Nietfeld/dpa`, `Foto: picture alliance / AP`).

Matched case-insensitively, longest entry first, token by token. A credit segment that is not
listed here is still recognised as a name run (see `credits.py`); the list makes the boundary
sure where an agency name has several words ("Anadolu Agency", "ZUMA Press Wire")."""

AGENCIES = """
dpa; dpa-infocom; dpa-Zentralbild; dpa-Bildfunk; dpa-Report; dpa-tmn; dpa Picture-Alliance; ZB
Deutsche Presse-Agentur; AFP; AFP PHOTO; Agence France-Presse; AP; AP Photo; AP Images;
Associated Press; Reuters; REUTERS; Thomson Reuters; KNA; KNA-Bild; epd; epd-bild; evangelisch.de;
ddp; ddp images; dapd; DAPD; EPA; EPA-EFE; EFE; Agencia EFE; ANSA; LaPresse; Keystone;
KEYSTONE; APA; APA-PictureDesk; APA-Images; APAimages; Belga; ANP; Ritzau Scanpix; Scanpix;
TT News Agency; NTB; Lehtikuva; PAP; CTK; ČTK; MTI; Ukrinform; UNIAN; TASS; ITAR-TASS;
RIA Novosti; RIA Nowosti; Sputnik; SNA; Kremlin Pool; Pool; Pool Photo; Xinhua; Xinhua News Agency;
China News Service; CNS; KCNA; Yonhap; Kyodo; Kyodo News; Jiji Press; Anadolu; Anadolu Agency;
Anadolu Ajansı; AA; IRNA; ISNA; WANA; Tasnim; Fars; Mehr News; SANA; Middle East Images;
APAimages; Wafa; UPI; UPI Photo; Newscom; Newscom World; ZUMA; ZUMA Press; ZUMA Wire;
ZUMA Press Wire; ZUMAPRESS.com; SOPA Images; LightRocket; NurPhoto; Pacific Press;
Pacific Press Agency; ABACA; ABACAPRESS; ABACAPRESS.COM; Abaca Press; SIPA; Sipa USA; Sipa Press;
MAXPPP; Le Pictorium; Hans Lucas; Bestimage; Starface; PanoramiC; IP3press; Photoshot; Avalon;
Everett Collection; Bridgeman Images; Alamy; Alamy Stock Photo; Getty Images; Getty;
AFP via Getty Images; iStock; iStockphoto; Shutterstock; Adobe Stock; Fotolia;
Unsplash; Pixabay; Pexels; Wikimedia Commons; Wikimedia; Wikipedia; CC BY 2.0; CC BY-SA 4.0;
CC BY-SA; CC BY; CC0; Public Domain; gemeinfrei;
IMAGO; imago images; IMAGO Images; imago stock&people; imago sportfotodienst; Imago Stock;
picture alliance; picture-alliance; picture alliance dpa; Panthermedia; Westend61; Zoonar;
YAY Images; Design Pics; Shotshop; agefotostock; blickwinkel; Chromorange; Future Image;
photothek; photothek.net; Political-Moments; snapshot-photography; Eibner; Eibner-Pressefoto;
Sven Simon; Jan Huebner; Nordphoto; foto2press; Revierfoto; Team 2; Beautiful Sports; osnapix;
HMB-Media; Kirchner-Media; Eventpress; teutopress; Funke Foto Services; FUNKE Foto Services;
ullstein bild; Ullstein Bild; akg-images; akg; SZ Photo; Süddeutsche Zeitung Photo;
Bundesregierung; Bundespresseamt; BPA; Bundeswehr; U.S. Navy; US Navy; U.S. Army; US Army;
U.S. Department of Defense; Pentagon; White House; Weißes Haus; Presidential Press Service;
Ukrainian Presidential Press Service; Handout; Handout Photo; HO; Reuters TV; Reuters TV via;
Screenshot; Montage; Collage; Symbolbild; Symbolfoto; Archiv; Archivbild; Archivfoto; privat;
Privat; Pressefoto; Presse; PR; Promo; Veranstalter; Hersteller; Polizei; Feuerwehr; t-online;
dts Nachrichtenagentur; dts; Panama Pictures; Pond5 Images; Pond5; Depositphotos;
Bihlmayerfotografie; serienlicht; localpic; Lobeca; Russian Look; Cover-Images; Cover Images;
MediaPunch; Landmark Media; Matrix Images; APress; Wirestock; Avalon.red; Picture Point; Contrast;
Sportfoto Rudel; Pressefoto Baumann; Kessler-Sportfotografie; Hollandse Hoogte; TT; Imagebroker;
imagebroker; Dreamstime; 123rf; Colourbox; Mauritius Images; mauritius images; Bildagentur-online;
Arco Images; F1online; Xinhua News; Newscom / GDA; GDA; UPI; Kyodo News;
RND; Redaktionsnetzwerk Deutschland; X; Twitter; Telegram; Instagram; Facebook; YouTube; TikTok;
Truth Social; Planet Pix; Ukrainian Presidential Press Office; Associated Press; UN Photo; UN Photos; NATO; EU Audiovisual Service; Zuma; Xinhua/Zuma; Ria; Tass; SOPA; NurPhoto via Getty;
"""

# words that may follow a credit in brackets or after a slash without being an agency
QUALIFIERS = {
    "archiv",
    "symbolbild",
    "symbolfoto",
    "m",
    "montage",
    "illustration",
    "handout",
    "pool",
}


def _entries() -> list[tuple[str, ...]]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for raw in AGENCIES.replace("\n", ";").split(";"):
        words = tuple(w.lower() for w in raw.split())
        if words and words not in seen:
            seen.add(words)
            out.append(words)
    return out


ENTRIES: list[tuple[str, ...]] = _entries()

# Given names (and the first word of well-known East Asian names): a caption often opens with a
# politician's full name right after a credit (`Foto: IMAGO/Nordbild Friedrich Merz sagte …`).
FIRST_NAMES = set(
    """
Abdel Abdullah Abu Achim Adam Adolf Ahmed Alain Alexander Alexandra Alexei Alexej Ali Alice
Alexis Amir Andrea Andreas Andrej Andrzej Angela Anna Anne Annalena Antonio Antony Armin Ashraf
Barack Bashar Baschar Benjamin Bernd Bill Boris Boyko Bruno Carlos Carsten Charles
Christian Christine Christoph Claudia Cem Dmitri Dmitrij Daniel David Diana Dieter Donald Dorothee
Ebrahim Elon Emmanuel Emine Enrique Eric Evo Fidel Franziska Frank Friedrich Gabriel
Gavin George Georg Georgia Gerhard Gianni Giorgia Gustavo Hakan Hamad Hans Hassan Heiko Helmut
Hendrik Hillary Horst Hubertus Ignazio Ilham Imran Ismail Jacinda Jair Jake James Jan Janet
Javier Jean Jens Jeremy Jerome Jiang Jill Jimmy Joachim Joe John Johann Jonas Joschka Josep
Joseph Juan Julia Jürgen Justin Kai Kaja Kamala Karin Karl Karol Kassym Katarina Katharina Keir
Kevin Kim Klaus Kristalina Kyriakos Lai Lars Leo Lisa Lloyd Luiz Lula Manuela Marco
Margrethe Maria Marie Marine Mario Mark Markus Martin Matteo Mateusz Maxim Mette Michael Michel
Micheál Mike Mohammed Mohammad Muhammad Mahmoud Maia Nancy Nancy Narendra Nicolas Nicolás Nikol
Nikolai Norbert Olaf Olena Olaf Omar Oskar Pedro Pete Peter Petr Petro Philipp Pierre Rafael
Ramzan Recep Reza Ricarda Richard Rishi Robert Roberta Ron Rudolf Saad Salman Samia Sanna
Sahra Sebastian Sergei Sergej Shinzo Sigmar Silvio Stefan Steffen Stephan Svenja Tayyip Theresa
Thomas Tony Ulf Ursula Viktor Vladimir Volodymyr Walter Wang Winfried Wladimir Wolfgang Wolodymyr
Xi Yair Yoon Yulia Julija Jaroslaw Jarosław Nayib Javier Claudia Andrés
Gustavo Cyril Paul Abiy William Kate Harry Elizabeth Felipe Letizia Willem Alexander Mahmud Ilja
Lena Max Lukas Leon Felix Sophie Sofia Laura Lea Hannah Mia Emma Ben Tim Tobias Florian Julian
Simon Fabian Moritz Niklas Sarah Sandra Nicole Sabine Petra Susanne Monika Birgit Heike Ute Uwe
Jörg Ralf Rolf Dirk Sven Kay Ines Tomasz Marcus Matthias Stefanie Kerstin Silke Anja Tanja Katja
Britta Jana Ulrike Gabriele Christiane Bettina Ralph Bernhard Manfred Werner Günter Heinz Kurt
Erik Eva Nina Lara Lina Clara Marc Oliver Patrick René Sascha Dennis Marcel Timo Nils Till Malte
Ole Henrik Johannes Jakob Luca Elias Noah Viktoria Victoria Olga Natalia Natalja Irina Tatjana
Sergey Andrei Andriy Oleksandr Dmytro Yuri Juri Igor Ivan Iwan Jakub Piotr Krzysztof Agnieszka
""".split()
)
