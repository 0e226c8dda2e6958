import torch

x = torch.arange(6)
v = x.view(2, 3)
print(v)
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])

# view 从不复制：v 与 x 共用内存，写进 v 就是写进 x
v[0, 0] = 100
print(x)
#> tensor([100,   1,   2,   3,   4,   5])
print(v.data_ptr() == x.data_ptr())
#> True
