import torch

x = torch.arange(12)

# 指定 3 行 4 列
print(x.reshape(3, 4))
#> tensor([[ 0,  1,  2,  3],
#>         [ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])

# -1 表示“这一维由 PyTorch 算出来”：12 / 2 = 6
print(x.reshape(2, -1).shape)
#> torch.Size([2, 6])
print(x.reshape(-1, 3).shape)
#> torch.Size([4, 3])
