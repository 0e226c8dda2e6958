import torch

# 创建时直接打开梯度记录，效果与 requires_grad_(True) 相同
x = torch.tensor([0.0, 1.0, 2.0, 3.0], requires_grad=True)
print(x)
#> tensor([0., 1., 2., 3.], requires_grad=True)

# arange 等创建函数也接受 requires_grad=
print(torch.arange(4.0, requires_grad=True))
#> tensor([0., 1., 2., 3.], requires_grad=True)
