import torch

x = torch.arange(4)
y = x.reshape(2, 2)

# y 与 x 共享内存，改 y 就是改 x
y[0, 0] = 100
print(x)
#> tensor([100,   1,   2,   3])
print(y.data_ptr() == x.data_ptr())
#> True
