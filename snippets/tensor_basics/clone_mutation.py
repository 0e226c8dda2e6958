import torch

x = torch.arange(4)
y = x.reshape(2, 2).clone()

# y 有自己的内存，改 y 不影响 x
y[0, 0] = 100
print(x)
#> tensor([0, 1, 2, 3])
print(y.data_ptr() == x.data_ptr())
#> False
