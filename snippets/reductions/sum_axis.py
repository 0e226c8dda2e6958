import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# axis=0：行下标在变，从上往下加，每一列得到一个和
print(A.sum(axis=0))
#> tensor([40., 45., 50., 55.])
print(A.sum(axis=0).shape)
#> torch.Size([4])

# axis=1：列下标在变，从左往右加，每一行得到一个和
print(A.sum(axis=1))
#> tensor([ 6., 22., 38., 54., 70.])
print(A.sum(axis=1).shape)
#> torch.Size([5])
